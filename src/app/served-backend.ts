import { readServedBackend } from '../proxy/page-contract.ts';

/**
 * The backend the server named in this page's HTML: the local signing proxy (tencentcloud), or
 * null for the embedded backend. Read once, before anything starts; this module is part of the
 * first load, so it imports nothing else.
 */
export const servedBackend = readServedBackend(document);
