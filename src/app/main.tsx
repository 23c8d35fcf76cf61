import './styles.css';
import { loadCatalogue } from '../ui/i18n/load.ts';
import { htmlLang, initialLocale } from '../ui/i18n/locale.ts';
import { applyTheme } from '../ui/theme.ts';
import { servedBackend } from './served-backend.ts';

// The entry is tiny on purpose: the console's code, its language's messages and the embedded
// backend's code load in parallel, and the backend starts as soon as its code arrives, while React
// renders the shell. A page served by the local proxy (tencentcloud backend) starts no embedded
// backend at all.
const embedded =
  import.meta.env.VITE_MSW === 'off' || servedBackend
    ? Promise.resolve(null)
    : import('../mocks/browser.ts').then((m) => m.startEmbeddedBackend());

// The language is known before anything renders, so the first paint is in it: index.html's
// loading text follows <html lang>, and the console renders once its messages are in.
const locale = initialLocale();
document.documentElement.lang = htmlLang(locale);
const catalogue = loadCatalogue(locale);
// The theme chosen in Settings, before anything paints (the page is empty until then).
applyTheme();

void import('./boot.tsx').then((m) => m.boot(embedded, locale, catalogue));

// "Loading the console…" (index.html) appears only if the console has not rendered within a
// second. A fast load goes from blank to the console without a flash, and does not pay for laying
// out and painting the message while its code starts (about 80 ms at CPU 4x: npm run bench).
setTimeout(() => document.querySelector('#root > .boot')?.removeAttribute('hidden'), 1000);
