import { render } from 'preact';
import { PrivacyPage } from '@/src/ui/privacy/PrivacyPage';

render(<PrivacyPage />, document.getElementById('app')!);
