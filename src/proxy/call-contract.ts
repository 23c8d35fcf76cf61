// What the page's calls carry to the local proxy, and the proxy's own refusals of a caller (as
// opposed to Tencent Cloud's AuthFailure codes). Shared by the proxy and the console.

/** The header every API call from the page carries: the proxy's per-start token. */
export const CONSOLE_TOKEN_HEADER = 'X-Console-Token';

export const PROXY_REFUSALS = {
  host: 'AuthFailure.InvalidHost',
  origin: 'AuthFailure.CrossOrigin',
  token: 'AuthFailure.InvalidConsoleToken',
} as const;
