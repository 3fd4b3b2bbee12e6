/** The welcome page, shown once after installing. nl must have every en key. */
export const en = {
  welcomeTitle: 'Welcome to AI Footprint',
  welcomeLead:
    'From now on, the leaf on your toolbar counts the prompts you send and the images you make on AI sites, and turns them into energy, CO₂ and water.',
  welcomeWhereHeading: 'Where it counts',
  welcomeChatSites: 'Prompts on {sites}.',
  welcomeImageSites: 'Generated images on {sites}.',
  welcomeSwitchSites: 'You can switch any site off in the settings.',
  welcomePrivacyHeading: 'Your privacy',
  welcomePrivacy:
    'Everything is counted and kept on this device: nothing is sent anywhere, and what you type or the AI answers is never read or stored.',
  welcomePrivacyLink: 'Read the privacy policy',
  welcomeFiguresHeading: 'The figures it uses',
  welcomeFiguresIntro:
    'A prompt or an image has no exact price tag, so the extension uses published figures. It starts with the upper-end figures of the Dutch education report (2024); choose the more recent, lower figures if you prefer. You can change this at any time.',
  welcomeRegionLabel: 'Where is the datacenter?',
  welcomeSaved: 'Saved.',
  welcomePinHeading: 'Keep the count in sight',
  welcomePinChrome:
    'Chrome or Edge: click the puzzle piece next to the address bar, then the pin next to AI Footprint.',
  welcomePinFirefox:
    'Firefox: click the puzzle piece (Extensions), then the cog next to AI Footprint and choose “Pin to Toolbar”.',
  welcomeMore: 'All settings',
  welcomeLink: 'Welcome page: what is counted, and how to pin the button',
  privacyLink: 'Privacy policy: what is stored, and how to export or delete it',
  privacyTitle: 'AI Footprint privacy policy',
};

export const nl: Record<keyof typeof en, string> = {
  welcomeTitle: 'Welkom bij AI Footprint',
  welcomeLead:
    'Vanaf nu telt het blaadje in je werkbalk de prompts die je verstuurt en de afbeeldingen die je laat maken op AI-sites, en rekent het ze om naar energie, CO₂ en water.',
  welcomeWhereHeading: 'Waar er geteld wordt',
  welcomeChatSites: 'Prompts op {sites}.',
  welcomeImageSites: 'Gemaakte afbeeldingen op {sites}.',
  welcomeSwitchSites: 'In de instellingen kun je elke site uitzetten.',
  welcomePrivacyHeading: 'Je privacy',
  welcomePrivacy:
    'Alles wordt op dit apparaat geteld en bewaard: er wordt niets verstuurd, en wat je typt of wat de AI antwoordt, wordt nooit gelezen of opgeslagen.',
  welcomePrivacyLink: 'Lees de privacyverklaring',
  welcomeFiguresHeading: 'Met welke cijfers er gerekend wordt',
  welcomeFiguresIntro:
    'Een prompt of afbeelding heeft geen exact prijskaartje, dus de extensie rekent met gepubliceerde cijfers. Standaard zijn dat de hoge schattingen uit het rapport Milieu-impact van AI in het onderwijs (2024); je kunt ook de recentere, lagere cijfers kiezen. Dat kun je altijd weer aanpassen.',
  welcomeRegionLabel: 'Waar staat het datacenter?',
  welcomeSaved: 'Opgeslagen.',
  welcomePinHeading: 'Houd de teller in beeld',
  welcomePinChrome:
    'Chrome of Edge: klik op het puzzelstukje naast de adresbalk en dan op de punaise naast AI Footprint.',
  welcomePinFirefox:
    'Firefox: klik op het puzzelstukje (Extensies), dan op het tandwiel naast AI Footprint en kies ‘Vastmaken aan werkbalk’.',
  welcomeMore: 'Alle instellingen',
  welcomeLink: 'Welkomstpagina: wat er geteld wordt, en hoe je de knop vastzet',
  privacyLink: 'Privacyverklaring: wat er bewaard wordt, en hoe je alles exporteert of wist',
  privacyTitle: 'Privacyverklaring van AI Footprint',
};
