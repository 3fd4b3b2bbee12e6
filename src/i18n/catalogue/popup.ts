/** Text of the toolbar popup. nl must have every en key. */
export const en = {
  nothingYet: 'No AI use counted today. Use ChatGPT as usual; counts appear here.',
  perSite: 'By site',
  allTime: 'All time',
  periods: 'Period',
  scopeNote: 'Use of the AI service only; training, hardware and your own device are not included.',
  presetDutch:
    'Dutch education report 2024: an upper-end 2022–23 estimate; 2025 disclosures are ~12× lower.',
  presetDisclosures:
    '2025 disclosures by OpenAI, Google and Epoch AI: ~12× lower than the 2024 Dutch report.',
  presetPerModel:
    'Per model and mode: a thinking answer counts about 13× a standard one (2026 research); deep research at least 23×.',
  reasoningCount: '{count} with thinking or deep research',
  presetCustom: 'Your own figures: {prompt} per prompt, {image} per image.',
  storageFull:
    'Your browser’s storage is full, so {count} could not be saved yet. They are kept until the browser closes and saved as soon as there is space: free some disk space.',
  storageUnavailable:
    'The browser’s database is not working, so {count} could not be saved yet. They are kept until the browser closes and saved as soon as it works again; restarting the browser often helps.',
  openOptions: 'Settings',
} as const;

export const nl: Record<keyof typeof en, string> = {
  nothingYet:
    'Vandaag nog geen AI-gebruik geteld. Gebruik ChatGPT zoals altijd; de tellingen verschijnen hier.',
  perSite: 'Per site',
  allTime: 'Altijd',
  periods: 'Periode',
  scopeNote:
    'Alleen het gebruik van de AI-dienst; training, hardware en je eigen apparaat tellen niet mee.',
  presetDutch:
    'Rapport AI in het onderwijs 2024: een hoge schatting uit 2022–23; cijfers uit 2025 zijn ~12× lager.',
  presetDisclosures:
    'Cijfers uit 2025 van OpenAI, Google en Epoch AI: ~12× lager dan het Nederlandse rapport uit 2024.',
  presetPerModel:
    'Per model en modus: een antwoord waarbij het model eerst nadenkt telt zo’n 13× een gewoon antwoord (onderzoek uit 2026); diepgaand onderzoek minstens 23×.',
  reasoningCount: 'waarvan {count} met nadenken of diepgaand onderzoek',
  presetCustom: 'Je eigen cijfers: {prompt} per prompt, {image} per afbeelding.',
  storageFull:
    'De opslag van je browser is vol, dus {count} kon nog niet worden bewaard. Ze worden vastgehouden tot je de browser sluit en bewaard zodra er weer ruimte is: maak wat schijfruimte vrij.',
  storageUnavailable:
    'De database van de browser werkt niet, dus {count} kon nog niet worden bewaard. Ze worden vastgehouden tot je de browser sluit en bewaard zodra hij weer werkt; de browser herstarten helpt vaak.',
  openOptions: 'Instellingen',
};
