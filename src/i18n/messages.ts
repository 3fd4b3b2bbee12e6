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
  presetLine:
    'Dutch education report 2024: an upper-end 2022–23 estimate; 2025 disclosures are ~12× lower.',
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
  presetLine:
    'Rapport AI in het onderwijs 2024: een hoge schatting uit 2022–23; cijfers uit 2025 zijn ~12× lager.',
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
