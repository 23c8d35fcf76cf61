import './styles.css';
import { servedBackend } from './served-backend.ts';

// The entry is tiny on purpose: the console's code and the embedded backend's code load in
// parallel, and the backend starts as soon as its code arrives, while React renders the shell.
// A page served by the local proxy (tencentcloud backend) starts no embedded backend at all.
const embedded =
  import.meta.env.VITE_MSW === 'off' || servedBackend
    ? Promise.resolve(null)
    : import('../mocks/browser.ts').then((m) => m.startEmbeddedBackend());

void import('./boot.tsx').then((m) => m.boot(embedded));

// "Loading the console…" (index.html) appears only if the console has not rendered within a
// second. A fast load goes from blank to the console without a flash, and does not pay for laying
// out and painting the message while its code starts (about 80 ms at CPU 4x: npm run bench).
setTimeout(() => document.querySelector('#root > .boot')?.removeAttribute('hidden'), 1000);
