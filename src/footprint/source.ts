/** Types the figure files share (presets.ts, per-mode.ts), apart so neither imports the other's types. */

/** A publication a figure comes from. `url` is absent when no public copy is known. */
export interface Source {
  title: string;
  year: number;
  url?: string;
}

/** A low–high energy range per action (Wh). */
export interface EnergyRange {
  lowWh: number;
  highWh: number;
}
