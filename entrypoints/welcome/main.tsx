import { render } from 'preact';
import { Welcome } from '@/src/ui/welcome/Welcome';

render(<Welcome />, document.getElementById('app')!);
