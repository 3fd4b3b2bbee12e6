import { fillTemplate, pluralTemplate } from './index';
import type { Language } from './messages';

/** Text of the weekly footprint page (entrypoints/footprint). nl must have every en key. */
const en = {
  title: 'Weekly footprint',
  weekLabel: 'Week {week}, {from} – {to}',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  thisWeek: 'This week',
  weekPicker: 'Week',
  chartHeading: 'Each day of the week',
  stackBy: 'Split by',
  stackSite: 'Site',
  stackKind: 'Prompts / images',
  show: 'Show',
  metricCount: 'Count',
  metricWh: 'Wh',
  metricGco2: 'g CO₂',
  metricMl: 'ml water',
  chartLabel: 'Bar chart of each day of the week; the same figures are in the table below.',
  tableCaption: 'Figures per day',
  day: 'Day',
  total: 'Total',
  prompt: 'Prompts',
  image: 'Images',
  prompts: 'Prompts',
  images: 'Images',
  energy: 'Energy',
  co2: 'CO₂',
  water: 'Water',
  range: 'range {low}–{high}',
  totalsHeading: 'This week in total',
  changeHeading: 'Change vs previous week',
  changeUp: '{pct} more than the week before',
  changeDown: '{pct} less than the week before',
  changeSame: 'the same as the week before',
  changeNone: 'nothing counted the week before',
  topSites: 'Top sites',
  split: 'Prompts vs images',
  splitText: '{prompts} prompts · {images} images',
  busiestHour: 'Busiest hour',
  busiestHourText: '{from}–{to} ({n})',
  noneYet: '—',
  budget: 'Weekly budget',
  budgetText: '{used} of {budget} ({pct})',
  budgetLine: 'Daily share of weekly budget',
  empty: 'No AI use counted this week.',
  promptCount: '{n} prompt|{n} prompts',
  imageCount: '{n} image|{n} images',
  eventCount: '{n} use|{n} uses',
  methodHeading: 'How is this computed?',
  methodIntro:
    'Each prompt and image is multiplied by a figure per action from a published study; the electricity then gives CO₂ through the grid of the datacenter region, and water through the datacenter location.',
  presetUsed: 'Figures: {name}',
  perPrompt: 'Per prompt: {wh}, {gco2}, {ml}',
  perImage: 'Per image: {wh}, {gco2}, {ml}',
  regionUsed: 'Datacenter region: {name}, {value} g CO₂/kWh — {source}',
  waterUsed: 'Water location: {name}, {value} ml/Wh — {source}',
  rangeUsed:
    'Range: from {pLow} to {pHigh} per prompt and from {iLow} to {iHigh} per image, the spread of published estimates.',
  reasoningNote:
    'A long “reasoning” answer can take 4–33 Wh; the extension cannot tell those apart, so they are not included.',
  equivalentsUsed:
    'Comparisons: phone charge 13 Wh (ANWB), digital whiteboard 142 W, Dutch household 2,500 kWh a year (CBS), petrol car 149 g CO₂/km, small glass 160 ml, drinking water 2 L per person a day (seed report).',
  sources: 'Sources',
  outOfScope:
    'Out of scope: training the models, manufacturing the hardware, and your own device and network. They cannot be fairly divided over one person’s use.',
  tipsHeading: 'How to reduce it',
  tip1: 'For a simple look-up, use a search engine: a search takes about 0.3 Wh.',
  tip2: 'Generate images only when you need them; one image costs as much as several prompts.',
  tip3: 'Ask short, precise questions and ask for short answers.',
  tip4: 'Prefer smaller, efficient models for everyday tasks.',
  dataHeading: 'Your data',
  dataIntro:
    'Everything stays on this device. Export it, move it to another browser, or delete it.',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  importJson: 'Import JSON…',
  importDone: 'Imported: {added} new, {merged} updated, the rest already known.',
  importFailed: 'Not imported, nothing changed: {error}',
  reset: 'Delete all data…',
  resetConfirm:
    'Delete every counted prompt and image on this device? This cannot be undone. Export first if you want to keep a copy.',
  resetExportFirst: 'Export JSON first',
  resetYes: 'Delete everything',
  resetCancel: 'Cancel',
  resetDone: 'All data deleted.',
  print: 'Print report',
  loadError: 'Your usage could not be read: {error}',
  loading: 'Loading…',
  privacy: 'Counted on this device. Nothing is sent anywhere.',
} as const;

export type FootprintPageKey = keyof typeof en;

const nl: Record<FootprintPageKey, string> = {
  title: 'Weekoverzicht',
  weekLabel: 'Week {week}, {from} – {to}',
  previousWeek: 'Vorige week',
  nextWeek: 'Volgende week',
  thisWeek: 'Deze week',
  weekPicker: 'Week',
  chartHeading: 'Elke dag van de week',
  stackBy: 'Verdeeld naar',
  stackSite: 'Site',
  stackKind: 'Prompts / afbeeldingen',
  show: 'Toon',
  metricCount: 'Aantal',
  metricWh: 'Wh',
  metricGco2: 'g CO₂',
  metricMl: 'ml water',
  chartLabel: 'Staafdiagram per dag van de week; dezelfde cijfers staan in de tabel hieronder.',
  tableCaption: 'Cijfers per dag',
  day: 'Dag',
  total: 'Totaal',
  prompt: 'Prompts',
  image: 'Afbeeldingen',
  prompts: 'Prompts',
  images: 'Afbeeldingen',
  energy: 'Energie',
  co2: 'CO₂',
  water: 'Water',
  range: 'bereik {low}–{high}',
  totalsHeading: 'Deze week in totaal',
  changeHeading: 'Verschil met vorige week',
  changeUp: '{pct} meer dan de week ervoor',
  changeDown: '{pct} minder dan de week ervoor',
  changeSame: 'evenveel als de week ervoor',
  changeNone: 'de week ervoor niets geteld',
  topSites: 'Meest gebruikte sites',
  split: 'Prompts tegenover afbeeldingen',
  splitText: '{prompts} prompts · {images} afbeeldingen',
  busiestHour: 'Drukste uur',
  busiestHourText: '{from}–{to} ({n})',
  noneYet: '—',
  budget: 'Weekbudget',
  budgetText: '{used} van {budget} ({pct})',
  budgetLine: 'Dagdeel van het weekbudget',
  empty: 'Deze week geen AI-gebruik geteld.',
  promptCount: '{n} prompt|{n} prompts',
  imageCount: '{n} afbeelding|{n} afbeeldingen',
  eventCount: '{n} keer|{n} keer',
  methodHeading: 'Hoe wordt dit berekend?',
  methodIntro:
    'Elke prompt en afbeelding wordt vermenigvuldigd met een cijfer per handeling uit een gepubliceerd onderzoek; de stroom geeft dan CO₂ via het net van de datacenterregio, en water via de datacenterlocatie.',
  presetUsed: 'Cijfers: {name}',
  perPrompt: 'Per prompt: {wh}, {gco2}, {ml}',
  perImage: 'Per afbeelding: {wh}, {gco2}, {ml}',
  regionUsed: 'Datacenterregio: {name}, {value} g CO₂/kWh — {source}',
  waterUsed: 'Waterlocatie: {name}, {value} ml/Wh — {source}',
  rangeUsed:
    'Bereik: van {pLow} tot {pHigh} per prompt en van {iLow} tot {iHigh} per afbeelding, de spreiding van gepubliceerde schattingen.',
  reasoningNote:
    'Een lang “redeneer”-antwoord kan 4–33 Wh kosten; de extensie kan die niet onderscheiden, dus ze zijn niet meegeteld.',
  equivalentsUsed:
    'Vergelijkingen: telefoon opladen 13 Wh (ANWB), digibord 142 W, Nederlands huishouden 2.500 kWh per jaar (CBS), benzineauto 149 g CO₂/km, klein glas 160 ml, drinkwater 2 L per persoon per dag (bronrapport).',
  sources: 'Bronnen',
  outOfScope:
    'Niet meegerekend: het trainen van de modellen, het maken van de hardware, en je eigen apparaat en netwerk. Die zijn niet eerlijk te verdelen over het gebruik van één persoon.',
  tipsHeading: 'Zo verklein je het',
  tip1: 'Gebruik voor iets simpels opzoeken een zoekmachine: een zoekopdracht kost ongeveer 0,3 Wh.',
  tip2: 'Maak alleen afbeeldingen als je ze nodig hebt; één afbeelding kost zoveel als meerdere prompts.',
  tip3: 'Stel korte, precieze vragen en vraag om korte antwoorden.',
  tip4: 'Kies voor alledaagse taken kleinere, zuinige modellen.',
  dataHeading: 'Je gegevens',
  dataIntro:
    'Alles blijft op dit apparaat. Exporteer het, zet het over naar een andere browser, of verwijder het.',
  exportJson: 'Exporteer JSON',
  exportCsv: 'Exporteer CSV',
  importJson: 'Importeer JSON…',
  importDone: 'Geïmporteerd: {added} nieuw, {merged} bijgewerkt, de rest was al bekend.',
  importFailed: 'Niet geïmporteerd, er is niets veranderd: {error}',
  reset: 'Alle gegevens verwijderen…',
  resetConfirm:
    'Alle getelde prompts en afbeeldingen op dit apparaat verwijderen? Dit kan niet ongedaan worden. Exporteer eerst als je een kopie wilt houden.',
  resetExportFirst: 'Eerst JSON exporteren',
  resetYes: 'Alles verwijderen',
  resetCancel: 'Annuleren',
  resetDone: 'Alle gegevens zijn verwijderd.',
  print: 'Rapport afdrukken',
  loadError: 'Je gebruik kon niet worden gelezen: {error}',
  loading: 'Laden…',
  privacy: 'Geteld op dit apparaat. Er wordt niets verstuurd.',
};

export const FOOTPRINT_PAGE_MESSAGES = { en, nl } as const satisfies Record<
  Language,
  Record<FootprintPageKey, string>
>;

/** The page text for `key`, with `{name}` placeholders filled from `values`. */
export function pageText(
  language: Language,
  key: FootprintPageKey,
  values: Record<string, string> = {},
): string {
  return fillTemplate(FOOTPRINT_PAGE_MESSAGES[language][key], values);
}

/** A count in words from a `one|other` message ("1 prompt", "3 prompts"); `n` is already formatted. */
export function pagePlural(
  language: Language,
  key: FootprintPageKey,
  count: number,
  n: string,
): string {
  return pluralTemplate(FOOTPRINT_PAGE_MESSAGES[language][key], language, count, n);
}
