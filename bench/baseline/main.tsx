// The benchmark's same-config baseline (npm run bench): a blank React page with one heading, built with the
// console's own Vite config, so that the console's load time is compared with React's floor.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Baseline</h1>
  </StrictMode>,
);
