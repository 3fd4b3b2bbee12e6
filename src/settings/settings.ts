import { z } from 'zod';
import {
  customFactorsSchema,
  DEFAULT_FOOTPRINT_SETTINGS,
  PRESET_IDS,
  REGION_IDS,
  WATER_LOCATION_IDS,
  type FootprintSettings,
} from '../footprint';
import { settingsItem } from '../storage/items';

/** What the toolbar badge shows for today. */
export const BADGE_METRICS = ['count', 'wh', 'co2'] as const;
export type BadgeMetric = (typeof BADGE_METRICS)[number];

/** The UI language: the browser's, or one the user picked. */
export const LANGUAGE_CHOICES = ['auto', 'en', 'nl'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Every assumption and preference the user can set (sites on/off live in their own item). */
export interface UserSettings extends FootprintSettings {
  badgeMetric: BadgeMetric;
  /** Daily and weekly budgets, in the badge metric's unit (prompts + images, Wh or g CO2); null = none. */
  dailyBudget: number | null;
  weeklyBudget: number | null;
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: UserSettings = {
  ...DEFAULT_FOOTPRINT_SETTINGS,
  badgeMetric: 'count',
  dailyBudget: null,
  weeklyBudget: null,
  language: 'auto',
};

/** A budget: positive, finite, not absurd; null switches it off. */
export const budgetSchema = z.number().positive().max(1_000_000).nullable();

/** Validates a whole settings object before it is saved (the options page shows each field's error). */
export const settingsSchema = z.strictObject({
  presetId: z.enum(PRESET_IDS),
  regionId: z.enum(REGION_IDS),
  waterLocationId: z.enum(WATER_LOCATION_IDS),
  custom: customFactorsSchema,
  badgeMetric: z.enum(BADGE_METRICS),
  dailyBudget: budgetSchema,
  weeklyBudget: budgetSchema,
  language: z.enum(LANGUAGE_CHOICES),
});

/** Reading is forgiving field by field: a corrupt value falls back to its default, the rest is kept. */
const readSchema = z.object({
  presetId: settingsSchema.shape.presetId.catch(DEFAULT_SETTINGS.presetId),
  regionId: settingsSchema.shape.regionId.catch(DEFAULT_SETTINGS.regionId),
  waterLocationId: settingsSchema.shape.waterLocationId.catch(DEFAULT_SETTINGS.waterLocationId),
  custom: customFactorsSchema.catch(DEFAULT_SETTINGS.custom),
  badgeMetric: settingsSchema.shape.badgeMetric.catch(DEFAULT_SETTINGS.badgeMetric),
  dailyBudget: budgetSchema.catch(null),
  weeklyBudget: budgetSchema.catch(null),
  language: settingsSchema.shape.language.catch(DEFAULT_SETTINGS.language),
});

/** Parses whatever is stored into usable settings; never throws. */
export function parseSettings(stored: unknown): UserSettings {
  const parsed = readSchema.safeParse(stored && typeof stored === 'object' ? stored : {});
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** The user's settings, parsed (see parseSettings). */
export async function loadSettings(): Promise<UserSettings> {
  return parseSettings(await settingsItem.getValue());
}

/** Saves a change after validating the whole result; returns zod's issues instead when it is invalid. */
export async function saveSettings(
  change: Partial<UserSettings>,
): Promise<z.core.$ZodIssue[] | null> {
  const next = settingsSchema.safeParse({ ...(await loadSettings()), ...change });
  if (!next.success) return next.error.issues;
  await settingsItem.setValue(next.data);
  return null;
}

/** Calls `listener` with fresh settings whenever they change (any page or the background). */
export function watchSettings(listener: (settings: UserSettings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}
