import { fillTemplate, pluralTemplate } from './index';
import type { Language } from './messages';

/** Text of the class page (entrypoints/class) and the weekly page's share preview. nl has every en key. */
const en = {
  // Share preview (weekly page)
  shareWeek: 'Share this week with your teacher…',
  shareHeading: 'Share week {week} with your teacher',
  shareIntro:
    'This saves a file on your device. Nothing is sent: you decide whom to give it. It holds exactly this:',
  shareFormat: 'File type: {format}, version {version}',
  shareWeekLine: 'Week: {week} (Monday {from} – Sunday {to})',
  sharePseudonym:
    'A random code for this browser: {pseudonym}. It is made once and links to nothing else; if you share this week again, the new file replaces the old one.',
  shareCountsLine: 'How many prompts and images you sent on each day and site:',
  shareNothing: 'No prompts or images counted this week: the file says so (an empty list).',
  shareNot:
    'Not in the file: your name, what you typed or got back, the time of day, your settings, and anything about other weeks.',
  promptCount: '{n} prompt|{n} prompts',
  imageCount: '{n} image|{n} images',
  shareRaw: 'The file itself',
  shareSave: 'Save share file',
  shareCancel: 'Cancel',
  shareSaved: 'Saved as {name}. Hand this file to your teacher.',
  shareFailed: 'The share file could not be made: {error}',
  classPageLink: 'Class footprint (for teachers)',
  classSectionIntro:
    'For teachers: add the week shares your students give you and see the class’s use as a group, from 5 students up. No names, no server.',
  openClassPage: 'Open the class page',
  // Class page
  title: 'Class footprint',
  intro:
    'Students save a share of their week on their weekly page and give you the file. Add the files here to see the class’s week as a group: no names, no ranking, no times. Shares stay on this device.',
  importHeading: 'Add share files',
  className: 'Class',
  classNamePlaceholder: 'e.g. 3B',
  importFiles: 'Choose or drop share files…',
  importNeedsName: 'Type the class’s name first; no file was added.',
  importAdded: '{file}: added to {class}, week {week}',
  importReplaced: '{file}: replaced this student’s earlier share of week {week}',
  importUnchanged: '{file}: already added, nothing changed',
  importFailed: '{file}: not added, nothing changed: {error}',
  chooseHeading: 'Class and week',
  chooseClass: 'Class',
  chooseWeek: 'Week',
  noShares: 'No shares yet. Add the files your students gave you.',
  weekLabel: 'Week {week}, {from} – {to}',
  tooSmall:
    '{members} shared week {week}. Figures are shown from {min} members up, so that nobody’s use can be picked out. Add more shares to see this week.',
  memberCount: '{n} member|{n} members',
  totalsHeading: 'The class’s week',
  members: 'Members',
  prompts: 'Prompts',
  images: 'Images',
  energy: 'Energy',
  co2: 'CO₂',
  water: 'Water',
  range: 'range {low}–{high}',
  perMemberHeading: 'Per member',
  average: 'Average',
  median: 'Median',
  energyPerMember: 'Energy',
  histogramHeading: 'Prompts per member',
  histogramNote: 'How many members sent how many prompts this week. No names, no order.',
  histogramBin: '{from}–{to} prompts',
  histogramBinOne: '{from} prompts',
  bySiteHeading: 'By site',
  byDayHeading: 'By day',
  site: 'Site',
  day: 'Day',
  otherSites: 'Other sites',
  otherDays: 'Other days',
  pooledNote:
    'A site or day used by fewer than {min} members is counted under “other”; if that is still fewer than {min} members, its figures are not shown.',
  hiddenRow: 'fewer than {min} members',
  schoolDayHeading: 'A school day of this class',
  schoolDayDefinition:
    'The week’s total divided by the {n} on which anyone in the class used AI, beside the worked example of the Dutch education report (a class of 25 on one school day).',
  activeDays: '{n} day|{n} days',
  thisClass: 'This class',
  reportExample: 'The report’s example',
  schoolDayFigures: '{prompts} prompts + {images} images = {wh}',
  reportFigures: 'Under the report’s own figures this class’s day is {wh}.',
  methodLine: 'Figures: {preset}; datacenter region {region}; water location {water}.',
  print: 'Print report',
  manageHeading: 'Remove shares',
  removeClass: 'Remove class {class}…',
  removeAll: 'Remove all shares…',
  removeClassConfirm: 'Remove every share of class {class}? Your own counts stay.',
  removeAllConfirm: 'Remove every share of every class? Your own counts stay.',
  removeYes: 'Remove',
  removeCancel: 'Cancel',
  removed: 'Removed.',
  loading: 'Loading…',
  loadError: 'The shares could not be read: {error}',
  privacy:
    'Shares are kept on this device, apart from your own counts, and never leave it. A week shows figures only from {min} members up.',
} as const;

export type ClassPageKey = keyof typeof en;

const nl: Record<ClassPageKey, string> = {
  shareWeek: 'Deel deze week met je docent…',
  shareHeading: 'Week {week} delen met je docent',
  shareIntro:
    'Dit slaat een bestand op op je apparaat. Er wordt niets verstuurd: jij bepaalt aan wie je het geeft. Er staat precies dit in:',
  shareFormat: 'Bestandstype: {format}, versie {version}',
  shareWeekLine: 'Week: {week} (maandag {from} – zondag {to})',
  sharePseudonym:
    'Een willekeurige code voor deze browser: {pseudonym}. Die wordt één keer gemaakt en is nergens aan gekoppeld; deel je deze week nog eens, dan vervangt het nieuwe bestand het oude.',
  shareCountsLine: 'Hoeveel prompts en afbeeldingen je op elke dag en site hebt verstuurd:',
  shareNothing: 'Deze week geen prompts of afbeeldingen geteld: dat staat erin (een lege lijst).',
  shareNot:
    'Niet in het bestand: je naam, wat je typte of terugkreeg, het tijdstip, je instellingen, en iets over andere weken.',
  promptCount: '{n} prompt|{n} prompts',
  imageCount: '{n} afbeelding|{n} afbeeldingen',
  shareRaw: 'Het bestand zelf',
  shareSave: 'Deelbestand opslaan',
  shareCancel: 'Annuleren',
  shareSaved: 'Opgeslagen als {name}. Geef dit bestand aan je docent.',
  shareFailed: 'Het deelbestand kon niet worden gemaakt: {error}',
  classPageLink: 'Voetafdruk van de klas (voor docenten)',
  classSectionIntro:
    'Voor docenten: voeg de weekbestanden toe die je leerlingen je geven en zie het gebruik van de klas als groep, vanaf 5 leerlingen. Geen namen, geen server.',
  openClassPage: 'Klaspagina openen',
  title: 'Voetafdruk van de klas',
  intro:
    'Leerlingen slaan op hun weekoverzicht een deelbestand van hun week op en geven jou het bestand. Voeg de bestanden hier toe om de week van de klas als groep te zien: geen namen, geen ranglijst, geen tijden. Deelbestanden blijven op dit apparaat.',
  importHeading: 'Deelbestanden toevoegen',
  className: 'Klas',
  classNamePlaceholder: 'bijv. 3B',
  importFiles: 'Kies of sleep deelbestanden…',
  importNeedsName: 'Typ eerst de naam van de klas; er is geen bestand toegevoegd.',
  importAdded: '{file}: toegevoegd aan {class}, week {week}',
  importReplaced: '{file}: eerder deelbestand van deze leerling voor week {week} vervangen',
  importUnchanged: '{file}: was al toegevoegd, er is niets veranderd',
  importFailed: '{file}: niet toegevoegd, er is niets veranderd: {error}',
  chooseHeading: 'Klas en week',
  chooseClass: 'Klas',
  chooseWeek: 'Week',
  noShares: 'Nog geen deelbestanden. Voeg de bestanden toe die je leerlingen je gaven.',
  weekLabel: 'Week {week}, {from} – {to}',
  tooSmall:
    '{members} deelden week {week}. Cijfers verschijnen vanaf {min} leden, zodat niemands gebruik herkenbaar is. Voeg meer deelbestanden toe om deze week te zien.',
  memberCount: '{n} lid|{n} leden',
  totalsHeading: 'De week van de klas',
  members: 'Leden',
  prompts: 'Prompts',
  images: 'Afbeeldingen',
  energy: 'Energie',
  co2: 'CO₂',
  water: 'Water',
  range: 'bereik {low}–{high}',
  perMemberHeading: 'Per lid',
  average: 'Gemiddeld',
  median: 'Mediaan',
  energyPerMember: 'Energie',
  histogramHeading: 'Prompts per lid',
  histogramNote: 'Hoeveel leden deze week hoeveel prompts verstuurden. Geen namen, geen volgorde.',
  histogramBin: '{from}–{to} prompts',
  histogramBinOne: '{from} prompts',
  bySiteHeading: 'Per site',
  byDayHeading: 'Per dag',
  site: 'Site',
  day: 'Dag',
  otherSites: 'Overige sites',
  otherDays: 'Overige dagen',
  pooledNote:
    'Een site of dag die door minder dan {min} leden is gebruikt, telt mee onder „overige”; zijn dat er samen nog steeds minder dan {min}, dan worden de cijfers niet getoond.',
  hiddenRow: 'minder dan {min} leden',
  schoolDayHeading: 'Een schooldag van deze klas',
  schoolDayDefinition:
    'Het totaal van de week gedeeld door de {n} waarop iemand in de klas AI gebruikte, naast het rekenvoorbeeld uit het Nederlandse onderwijsrapport (een klas van 25 op één schooldag).',
  activeDays: '{n} dag|{n} dagen',
  thisClass: 'Deze klas',
  reportExample: 'Voorbeeld uit het rapport',
  schoolDayFigures: '{prompts} prompts + {images} afbeeldingen = {wh}',
  reportFigures: 'Met de eigen cijfers van het rapport is de dag van deze klas {wh}.',
  methodLine: 'Cijfers: {preset}; datacenterregio {region}; waterlocatie {water}.',
  print: 'Rapport afdrukken',
  manageHeading: 'Deelbestanden verwijderen',
  removeClass: 'Klas {class} verwijderen…',
  removeAll: 'Alle deelbestanden verwijderen…',
  removeClassConfirm:
    'Alle deelbestanden van klas {class} verwijderen? Je eigen tellingen blijven staan.',
  removeAllConfirm:
    'Alle deelbestanden van alle klassen verwijderen? Je eigen tellingen blijven staan.',
  removeYes: 'Verwijderen',
  removeCancel: 'Annuleren',
  removed: 'Verwijderd.',
  loading: 'Laden…',
  loadError: 'De deelbestanden konden niet worden gelezen: {error}',
  privacy:
    'Deelbestanden blijven op dit apparaat, apart van je eigen tellingen, en gaan er nooit vanaf. Een week toont pas cijfers vanaf {min} leden.',
};

export const CLASS_PAGE_MESSAGES = { en, nl } as const satisfies Record<
  Language,
  Record<ClassPageKey, string>
>;

/** The page text in one language (a component's `t`). */
export type ClassText = (key: ClassPageKey, values?: Record<string, string>) => string;

/** The class page text for `key`, with `{name}` placeholders filled from `values`. */
export function classText(
  language: Language,
  key: ClassPageKey,
  values: Record<string, string> = {},
): string {
  return fillTemplate(CLASS_PAGE_MESSAGES[language][key], values);
}

/** A count in words from a `one|other` message ("1 member", "6 members"); `n` is already formatted. */
export function classPlural(
  language: Language,
  key: ClassPageKey,
  count: number,
  n: string,
): string {
  return pluralTemplate(CLASS_PAGE_MESSAGES[language][key], language, count, n);
}
