// The benchmark's main baseline (npm run bench): create-vite's react-ts template without its demo
// content, built with Vite's defaults (./vite.config.ts), so that the console is compared with the
// page any React app starts from, not with one that already has the console's load tuning.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Baseline</h1>
  </StrictMode>,
);
