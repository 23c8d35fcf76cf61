// What the page's calls carry to the local proxy. Shared by the proxy and the console.

/** The header every API call from the page carries: the proxy's per-start token. */
export const CONSOLE_TOKEN_HEADER = 'X-Console-Token';
