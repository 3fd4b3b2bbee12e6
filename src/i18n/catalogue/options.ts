/** Text of the options page: assumptions, badge and budgets, sites, language, scope. nl must have every en key. */
export const en = {
  optionsTitle: 'AI Footprint settings',
  sitesHeading: 'Sites',
  sitesIntro:
    'Switch counting off for a site and nothing is counted there. The line under each site says whether its pages are still recognised.',
  sitesNotYet:
    'Not counted yet: Krea (how its web app asks for images is not known), and images made in Meta AI (they no longer arrive where the extension can read them).',
  countOn: 'Count {site}',
  healthOk: 'Recognised',
  healthNoData: 'Nothing counted yet',
  healthPage: 'Page layout not recognised since {since}: sends may be under-counted.',
  healthNetwork: 'Send request not recognised since {since}: counting relies on the page alone.',
  savedStatus: 'Saved',
  saveFailed: 'Not saved: {error}',
  settingsError: 'Your settings could not be read: {error}',
  assumptionsHeading: 'Footprint assumptions',
  assumptionsIntro:
    'These figures turn your prompts, images and videos into energy, CO₂ and water. Changing them recalculates everything, also past days.',
  presetLegend: 'Figures per prompt, image and video',
  'presetAbout.dutch-report-2024':
    'An upper-end estimate from 2022–23 measurements; the figures published in 2025 are {textLow} to {textHigh} times lower for text and about {image} times lower for images.',
  'presetAbout.disclosures-2025':
    'OpenAI’s figure from a blog post, Google’s from a paper (a median) and Epoch AI’s estimate for other chat services, all from 2025: {textLow} to {textHigh} times lower than the Dutch education report for text, about {image} times for images.',
  'presetAbout.per-model-2026':
    'Costs each prompt by the mode the site’s request or answer shows: a standard answer 0.31 Wh, a thinking answer 3.91 Wh, deep research at least 7.05 Wh (no figure per research run has been published), and a prompt whose mode is unknown as standard but with the widest range.',
  'presetAbout.custom':
    'Your own energy in Wh per prompt, per image and per second of video; CO₂ and water follow from the region and water location below.',
  presetFigures: '{prompt} per prompt · {image} per image · {video} per second of video',
  customPromptLabel: 'Energy per prompt',
  customImageLabel: 'Energy per image',
  customVideoLabel: 'Energy per second of video',
  customHint: 'From {min} to {max}.',
  regionLabel: 'Datacenter region (electricity grid)',
  regionHint: 'Sets the CO₂ per kWh of electricity. Source: {source}',
  waterLabel: 'Datacenter location (water)',
  waterHint:
    'Sets the water per Wh: cooling plus water used to generate the electricity. Source: {source}',
  perKwh: '{name} — {value} g CO₂/kWh',
  perWh: '{name} — {value} ml/Wh',
  badgeHeading: 'Badge and budgets',
  badgeLegend: 'What the badge on the toolbar button shows for today',
  'badgeMetric.count': 'Number of prompts, images and videos',
  'badgeMetric.wh': 'Energy (Wh)',
  'badgeMetric.co2': 'CO₂ (g)',
  'budgetUnit.count': 'prompts + images + videos',
  'budgetUnit.wh': 'Wh',
  'budgetUnit.co2': 'g CO₂',
  dailyBudgetLabel: 'Daily budget',
  weeklyBudgetLabel: 'Weekly budget',
  budgetHint: 'Leave empty for no budget.',
  budgetNote:
    'A budget only colours the badge: green under it, amber when you get near, red over it. It never blocks anything.',
  languageHeading: 'Language',
  languageLabel: 'Language of AI Footprint',
  languageAuto: 'Browser default',
  scopeHeading: 'What is counted',
  scopeDetail:
    'Only the use phase: the electricity, CO₂ and water of running the AI service when you send a prompt or make an image. Training the models, making the hardware and your own device are out of scope.',
  heavyReasoning:
    'Long “reasoning” answers can take from about {low} to more than {high} each; only the “Per model and mode” figures count them separately, where the site shows the mode.',
  errorNumber: 'Enter a number, such as {example}.',
  errorMin: 'Enter {min} or more.',
  errorMax: 'Enter {max} or less.',
  errorBudgetMin: 'Enter a number above 0, or leave the field empty for no budget.',
  errorInvalid: 'This value cannot be saved.',
} as const;

export const nl: Record<keyof typeof en, string> = {
  optionsTitle: 'AI Footprint-instellingen',
  sitesHeading: 'Sites',
  sitesIntro:
    'Zet je het tellen voor een site uit, dan wordt daar niets meer geteld. Onder elke site staat of de pagina’s nog worden herkend.',
  sitesNotYet:
    'Nog niet geteld: Krea (het is niet bekend hoe die webapp afbeeldingen aanvraagt) en afbeeldingen die je in Meta AI maakt (die komen niet meer binnen op een plek waar de extensie ze kan lezen).',
  countOn: '{site} tellen',
  healthOk: 'Herkend',
  healthNoData: 'Nog niets geteld',
  healthPage:
    'Sinds {since} wordt de opbouw van de pagina niet herkend: er wordt mogelijk te weinig geteld.',
  healthNetwork:
    'Sinds {since} wordt het verzendverzoek niet herkend: er wordt alleen nog via de pagina geteld.',
  savedStatus: 'Opgeslagen',
  saveFailed: 'Niet opgeslagen: {error}',
  settingsError: 'Je instellingen konden niet worden gelezen: {error}',
  assumptionsHeading: 'Uitgangspunten voor de berekening',
  assumptionsIntro:
    'Met deze cijfers worden je prompts, afbeeldingen en video’s omgerekend naar energie, CO₂ en water. Pas je ze aan, dan wordt alles opnieuw berekend, ook voor eerdere dagen.',
  presetLegend: 'Cijfers per prompt, afbeelding en video',
  'presetAbout.dutch-report-2024':
    'Een hoge schatting op basis van metingen uit 2022–23. De cijfers die in 2025 zijn gepubliceerd, liggen voor tekst {textLow} tot {textHigh} keer lager en voor afbeeldingen zo’n {image} keer lager.',
  'presetAbout.disclosures-2025':
    'Het cijfer van OpenAI uit een blogpost, dat van Google uit een onderzoeksartikel (een mediaan) en een schatting van Epoch AI voor andere chatdiensten, allemaal uit 2025. Voor tekst {textLow} tot {textHigh} keer lager dan in het rapport Milieu-impact van AI in het onderwijs, voor afbeeldingen zo’n {image} keer lager.',
  'presetAbout.per-model-2026':
    'Berekent elke prompt volgens de modus die het verzoek of het antwoord van de site laat zien: een gewoon antwoord 0,31 Wh, een antwoord waarbij het model eerst nadenkt 3,91 Wh, diepgaand onderzoek minstens 7,05 Wh (per onderzoek is nog geen cijfer gepubliceerd), en een prompt waarvan de modus onbekend is als gewoon antwoord, maar met de breedste marge.',
  'presetAbout.custom':
    'Je eigen energieverbruik in Wh per prompt, per afbeelding en per seconde video. CO₂ en water volgen uit de regio en de locatie van het datacenter die je hieronder kiest.',
  presetFigures: '{prompt} per prompt · {image} per afbeelding · {video} per seconde video',
  customPromptLabel: 'Energie per prompt',
  customImageLabel: 'Energie per afbeelding',
  customVideoLabel: 'Energie per seconde video',
  customHint: 'Van {min} tot {max}.',
  regionLabel: 'Regio van het datacenter (stroomnet)',
  regionHint: 'Bepaalt hoeveel CO₂ er per kWh stroom vrijkomt. Bron: {source}',
  waterLabel: 'Locatie van het datacenter (water)',
  waterHint:
    'Bepaalt hoeveel water er per Wh nodig is: voor de koeling en voor het opwekken van de stroom. Bron: {source}',
  perKwh: '{name} — {value} g CO₂/kWh',
  perWh: '{name} — {value} ml/Wh',
  badgeHeading: 'Teller en budgetten',
  badgeLegend: 'Wat het getal op het icoon van de extensie vandaag laat zien',
  'badgeMetric.count': 'Aantal prompts, afbeeldingen en video’s',
  'badgeMetric.wh': 'Energieverbruik (Wh)',
  'badgeMetric.co2': 'CO₂ (g)',
  'budgetUnit.count': 'prompts + afbeeldingen + video’s',
  'budgetUnit.wh': 'Wh',
  'budgetUnit.co2': 'g CO₂',
  dailyBudgetLabel: 'Budget per dag',
  weeklyBudgetLabel: 'Budget per week',
  budgetHint: 'Laat het veld leeg als je geen budget wilt.',
  budgetNote:
    'Een budget kleurt alleen het getal op het icoon: groen als je eronder blijft, oranje als je in de buurt komt, rood als je eroverheen gaat. Het houdt je nergens van tegen.',
  languageHeading: 'Taal',
  languageLabel: 'Taal van AI Footprint',
  languageAuto: 'Taal van de browser',
  scopeHeading: 'Wat er meetelt',
  scopeDetail:
    'Alleen de gebruiksfase: de stroom die de AI-dienst gebruikt als je een prompt verstuurt of een afbeelding laat maken, en de CO₂-uitstoot en het waterverbruik die daarbij horen. Het trainen van de modellen, het maken van de hardware en je eigen apparaat tellen niet mee.',
  heavyReasoning:
    'Lange antwoorden waarbij het model eerst ‘nadenkt’, kosten elk zo’n {low} tot meer dan {high}. Alleen de cijfers ‘Per model en modus’ rekenen ze apart, als de site laat zien welke modus je gebruikte.',
  errorNumber: 'Vul een getal in, bijvoorbeeld {example}.',
  errorMin: 'Vul {min} of meer in.',
  errorMax: 'Vul {max} of minder in.',
  errorBudgetMin: 'Vul een getal boven 0 in, of laat het veld leeg voor geen budget.',
  errorInvalid: 'Deze waarde kan niet worden opgeslagen.',
};
