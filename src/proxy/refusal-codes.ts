// The proxy's own refusals of a caller, as opposed to Tencent Cloud's AuthFailure codes: the
// proxy answers with them, the console's banner tells them apart. (A file of their own, so that
// only the page of the tencentcloud backend loads them.)
export const PROXY_REFUSALS = {
  host: 'AuthFailure.InvalidHost',
  origin: 'AuthFailure.CrossOrigin',
  token: 'AuthFailure.InvalidConsoleToken',
} as const;
