/** Text of the toolbar popup. nl must have every en key. */
export const en = {
  nothingYet: 'No AI use counted today. Use ChatGPT as usual; counts appear here.',
  perSite: 'By site',
  allTime: 'All time',
  periods: 'Period',
  scopeNote: 'Use of the AI service only; training, hardware and your own device are not included.',
  presetDutch:
    'Dutch education report (2024): an upper-end 2022–23 estimate; the 2025 figures are {textLow} to {textHigh} times lower for text and about {image} times lower for images.',
  presetDisclosures:
    '2025 figures (OpenAI’s blog post, Google’s paper, Epoch AI’s estimate): {textLow} to {textHigh} times lower than the Dutch education report for text, about {image} times for images.',
  presetPerModel:
    'Per model and mode: a thinking answer costs about 13 times as much as a standard one (2026 research), deep research at least 23 times.',
  reasoningCount: '{count} with thinking or deep research',
  presetCustom:
    'Your own figures: {prompt} per prompt, {image} per image, {video} per second of video.',
  storageFull:
    'Your browser’s storage is full, so {count} could not be saved yet. They are kept until the browser closes and saved as soon as there is space: free some disk space.',
  storageUnavailable:
    'The browser’s database is not working, so {count} could not be saved yet. They are kept until the browser closes and saved as soon as it works again; restarting the browser often helps.',
  droppedEvents:
    'While storage was failing, {n} prompt or image could not be kept because too many were already waiting. It is missing from your counts.|While storage was failing, {n} prompts or images could not be kept because too many were already waiting. They are missing from your counts.',
  droppedSeen: 'Got it',
  openOptions: 'Settings',
} as const;

export const nl: Record<keyof typeof en, string> = {
  nothingYet:
    'Vandaag nog geen AI-gebruik geteld. Gebruik ChatGPT zoals je gewend bent; de tellingen verschijnen hier.',
  perSite: 'Per site',
  allTime: 'Totaal',
  periods: 'Periode',
  scopeNote:
    'Alleen het gebruik van de AI-dienst; training, hardware en je eigen apparaat tellen niet mee.',
  presetDutch:
    'Milieu-impact van AI in het onderwijs (2024): een hoge schatting uit 2022–23. De cijfers uit 2025 liggen voor tekst {textLow} tot {textHigh} keer lager, voor afbeeldingen zo’n {image} keer.',
  presetDisclosures:
    'Cijfers uit 2025 (blogpost van OpenAI, onderzoek van Google, schatting van Epoch AI): voor tekst {textLow} tot {textHigh} keer lager dan in het rapport Milieu-impact van AI in het onderwijs, voor afbeeldingen zo’n {image} keer.',
  presetPerModel:
    'Per model en modus: een antwoord waarbij het model eerst nadenkt, kost zo’n 13 keer zoveel als een gewoon antwoord (onderzoek uit 2026), diepgaand onderzoek minstens 23 keer zoveel.',
  reasoningCount: 'waarvan {count} met nadenken of diepgaand onderzoek',
  presetCustom:
    'Je eigen cijfers: {prompt} per prompt, {image} per afbeelding, {video} per seconde video.',
  storageFull:
    'De opslag van je browser is vol. Nog niet opgeslagen: {count}. Ze worden vastgehouden tot je de browser sluit en opgeslagen zodra er weer ruimte is. Maak wat schijfruimte vrij.',
  storageUnavailable:
    'De database van de browser werkt niet. Nog niet opgeslagen: {count}. Ze worden vastgehouden tot je de browser sluit en opgeslagen zodra de database weer werkt. Vaak helpt het om de browser opnieuw te starten.',
  droppedEvents:
    'Toen de opslag niet werkte, kon {n} prompt of afbeelding niet worden bewaard omdat er al te veel wachtten. Die ontbreekt in je tellingen.|Toen de opslag niet werkte, konden {n} prompts of afbeeldingen niet worden bewaard omdat er al te veel wachtten. Die ontbreken in je tellingen.',
  droppedSeen: 'Begrepen',
  openOptions: 'Instellingen',
};
