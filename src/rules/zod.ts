import * as z from 'zod/mini';

// zod/mini: the same parser as zod's classic API, with functions instead of methods. Its schemas
// are cheap to build and unused ones are left out of the bundle; the classic API's method tables
// cost the console's first page tens of milliseconds to set up on a slow CPU (npm run bench).
// No zod locale is loaded: no text of zod's reaches a person. violationFromIssue turns each issue
// into a message of the rules' catalogue (src/rules/messages), which has every language's text.

// Zod compiles object parsers with `new Function` when it may. The console runs under a
// Content-Security-Policy without 'unsafe-eval', where that probe is a violation (and costs a
// compile per schema at startup); interpreted parsing is fast enough for API requests.
z.config({ jitless: true });

export { z };
