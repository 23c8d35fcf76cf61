// The browser every script here launches: Debian's chromium (no browser is downloaded), or
// CHROME_PATH; and the same flags for the e2e tests and the benchmark, so both measure one setup.

/** Where Debian's chromium package installs the browser. */
export const DEFAULT_CHROME = '/usr/bin/chromium';

/** CHROME_PATH when set, otherwise Debian's chromium. */
export const chromePath = () => process.env.CHROME_PATH ?? DEFAULT_CHROME;

/** No GPU, no background traffic: the same quiet browser for tests and benchmarks. */
export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
