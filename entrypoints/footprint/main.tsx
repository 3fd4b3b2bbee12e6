import { render } from 'preact';
import { FootprintPage } from '@/src/ui/footprint/FootprintPage';

render(<FootprintPage />, document.getElementById('app')!);
