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
};

export const MESSAGES = { en, nl } as const;
export type Language = keyof typeof MESSAGES;
