/**
 * The browser build's stand-in for MSW's cookie store (msw/lib/core/utils/cookieStore.mjs), aliased in
 * vite.config.ts for the client bundle only; Node (tests, mock-api) keeps the real one. MSW keeps the
 * cookies that handlers set in a tough-cookie jar persisted to localStorage, and adds them to the
 * requests it hands over. The embedded backend neither sets nor reads cookies, and the console is
 * served from one host: the jar (tough-cookie and its public-suffix list, 8 kB gzip of the first
 * page's 218) would never hold anything. msw-cookie-store.test.ts checks that this keeps the shape
 * MSW uses, so an upgrade that changes it fails there.
 */
export const cookieStore = {
  /** The cookies stored for `url`: none. */
  getCookies(url: string): { key: string; value: string }[] {
    void url;
    return [];
  },
  /** A response's Set-Cookie: never sent by the embedded backend; nothing to keep. */
  async setCookie(cookie: string, url: string): Promise<void> {
    void cookie;
    void url;
  },
};
