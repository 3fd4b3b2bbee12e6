import { render } from 'preact';
import { ClassPage } from '@/src/ui/class/ClassPage';

render(<ClassPage />, document.getElementById('app')!);
