import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may. The console runs under a
// Content-Security-Policy without 'unsafe-eval', where that probe is a violation (and costs a
// compile per schema at startup); interpreted parsing is fast enough for API requests.
z.config({ jitless: true });

export { z };
