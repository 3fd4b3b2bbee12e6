import { render } from 'preact';
import { FootprintPage } from '@/src/ui/footprint/FootprintPage';
import '@/src/ui/theme.css';

render(<FootprintPage />, document.getElementById('app')!);
