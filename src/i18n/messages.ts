/** UI text in every shipped language. Keys are checked at compile time: nl must have every en key. */
const en = {
  today: 'Today',
  prompts: 'Prompts',
  images: 'Images',
  energy: 'Energy',
  co2: 'CO₂',
  water: 'Water',
  loading: 'Loading…',
  nothingYet: 'No AI use counted today. Use ChatGPT as usual; counts appear here.',
  perSite: 'By site',
  promptCount: '{n} prompt|{n} prompts',
  imageCount: '{n} image|{n} images',
  thisWeek: 'This week',
  allTime: 'All time',
  periods: 'Period',
  range: 'range {low}–{high}',
  weeklyPage: 'Weekly footprint',
  scopeNote: 'Use of the AI service only; training, hardware and your own device are not included.',
  presetDutch:
    'Dutch education report 2024: an upper-end 2022–23 estimate; 2025 disclosures are ~12× lower.',
  presetDisclosures:
    '2025 disclosures by OpenAI, Google and Epoch AI: ~12× lower than the 2024 Dutch report.',
  presetCustom: 'Your own figures: {prompt} per prompt, {image} per image.',
  'eq.google-searches': '≈ {n} Google search|≈ {n} Google searches',
  'eq.phone-charges': '≈ {n} phone charge|≈ {n} phone charges',
  'eq.whiteboard-hours': '≈ {n} hour of a digital whiteboard|≈ {n} hours of a digital whiteboard',
  'eq.household-day-share': '≈ {n} of a Dutch household’s daily electricity',
  'eq.household-days':
    '≈ {n} day of a Dutch household’s electricity|≈ {n} days of a Dutch household’s electricity',
  'eq.car-km': '≈ {n} by petrol car',
  'eq.glasses-of-water': '≈ {n} small glass of water|≈ {n} small glasses of water',
  'eq.drinking-water-people':
    '≈ drinking water for {n} person for a day|≈ drinking water for {n} people for a day',
  privacy: 'Counted on this device. Nothing is sent anywhere.',
  storageError: 'Your usage could not be read: {error}',
  optionsTitle: 'AI Footprint settings',
  sitesHeading: 'Sites',
  sitesIntro:
    'Switch counting off for a site and nothing is counted there. The line under each site says whether its pages are still recognised.',
  countOn: 'Count {site}',
  healthOk: 'Recognised',
  healthNoData: 'No sends counted yet',
  healthPage: 'Page layout not recognised since {since}: sends may be under-counted.',
  healthNetwork: 'Send request not recognised since {since}: counting relies on the page alone.',
  openOptions: 'Settings',
} as const;

export type MessageKey = keyof typeof en;

const nl: Record<MessageKey, string> = {
  today: 'Vandaag',
  prompts: 'Prompts',
  images: 'Afbeeldingen',
  energy: 'Energie',
  co2: 'CO₂',
  water: 'Water',
  loading: 'Laden…',
  nothingYet:
    'Vandaag nog geen AI-gebruik geteld. Gebruik ChatGPT zoals altijd; de tellingen verschijnen hier.',
  perSite: 'Per site',
  promptCount: '{n} prompt|{n} prompts',
  imageCount: '{n} afbeelding|{n} afbeeldingen',
  thisWeek: 'Deze week',
  allTime: 'Altijd',
  periods: 'Periode',
  range: 'bereik {low}–{high}',
  weeklyPage: 'Weekoverzicht',
  scopeNote:
    'Alleen het gebruik van de AI-dienst; training, hardware en je eigen apparaat tellen niet mee.',
  presetDutch:
    'Rapport AI in het onderwijs 2024: een hoge schatting uit 2022–23; cijfers uit 2025 zijn ~12× lager.',
  presetDisclosures:
    'Cijfers uit 2025 van OpenAI, Google en Epoch AI: ~12× lager dan het Nederlandse rapport uit 2024.',
  presetCustom: 'Je eigen cijfers: {prompt} per prompt, {image} per afbeelding.',
  'eq.google-searches': '≈ {n} Google-zoekopdracht|≈ {n} Google-zoekopdrachten',
  'eq.phone-charges': '≈ {n} keer een telefoon opladen|≈ {n} keer een telefoon opladen',
  'eq.whiteboard-hours': '≈ {n} uur digibord|≈ {n} uur digibord',
  'eq.household-day-share': '≈ {n} van het dagelijkse stroomverbruik van een Nederlands huishouden',
  'eq.household-days':
    '≈ {n} dag stroom van een Nederlands huishouden|≈ {n} dagen stroom van een Nederlands huishouden',
  'eq.car-km': '≈ {n} met een benzineauto',
  'eq.glasses-of-water': '≈ {n} klein glas water|≈ {n} kleine glazen water',
  'eq.drinking-water-people':
    '≈ drinkwater voor {n} persoon voor een dag|≈ drinkwater voor {n} personen voor een dag',
  privacy: 'Geteld op dit apparaat. Er wordt niets verstuurd.',
  storageError: 'Je gebruik kon niet worden gelezen: {error}',
  optionsTitle: 'AI Footprint-instellingen',
  sitesHeading: 'Sites',
  sitesIntro:
    'Zet het tellen voor een site uit en daar wordt niets meer geteld. De regel onder elke site zegt of de pagina’s nog worden herkend.',
  countOn: '{site} tellen',
  healthOk: 'Herkend',
  healthNoData: 'Nog geen prompts geteld',
  healthPage: 'Paginaopbouw niet herkend sinds {since}: er wordt mogelijk te weinig geteld.',
  healthNetwork: 'Verzendverzoek niet herkend sinds {since}: tellen gebeurt alleen via de pagina.',
  openOptions: 'Instellingen',
};

export const MESSAGES = { en, nl } as const;
export type Language = keyof typeof MESSAGES;
