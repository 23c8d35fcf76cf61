import './styles.css';

// The entry is tiny on purpose: the console's code and the embedded backend's code load in
// parallel, and the backend starts as soon as its code arrives, while React renders the shell.
const embedded =
  import.meta.env.VITE_MSW === 'off'
    ? Promise.resolve(null)
    : import('../mocks/browser.ts').then((m) => m.startEmbeddedBackend());

void import('./boot.tsx').then((m) => m.boot(embedded));
