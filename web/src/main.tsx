import { render } from 'preact';
import { App } from './app';
import { setLocale } from './i18n';
import { Session } from './session';
import './styles.css';

setLocale('en');
const session = new Session();
render(<App session={session} />, document.getElementById('app')!);
void session.restore();
