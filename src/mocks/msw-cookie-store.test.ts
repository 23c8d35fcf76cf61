// The browser build replaces MSW's cookie store with ./msw-cookie-store.ts (vite.config.ts): it must
// offer what MSW calls on it, with the same arity, so that an MSW upgrade that changes them fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cookieStore } from './msw-cookie-store.ts';

const require = createRequire(import.meta.url);
const mswCore = require.resolve('msw').replace(/lib\/core\/.*$/, 'lib/core/');
const source = (file: string) => readFileSync(mswCore + file, 'utf8');

describe("the browser build's stand-in for MSW's cookie store", () => {
  it('is what MSW imports it for: cookieStore.getCookies(url) and cookieStore.setCookie(cookies, url)', () => {
    // MSW's own store: the methods and how many parameters each takes.
    const real = source('utils/cookieStore.mjs');
    expect(real).toMatch(/export \{\s*cookieStore\s*\}/);
    for (const method of ['getCookies', 'setCookie'] as const) {
      const params = new RegExp(`\\n\\s+(?:async )?${method}\\(([^)]*)\\)`).exec(real)?.[1];
      expect(params, method).toBeDefined();
      expect(cookieStore[method].length, method).toBe(params!.split(',').length);
    }
    // The only modules of MSW that use the store, and the only calls they make.
    const uses = ['utils/request/getRequestCookies.mjs', 'utils/request/storeResponseCookies.mjs'].map(source);
    const calls = uses.flatMap((code) => [...code.matchAll(/cookieStore\.(\w+)\(/g)].map((m) => m[1]));
    expect([...new Set(calls)].sort()).toEqual(['getCookies', 'setCookie']);
    const importers = (readdirSync(mswCore, { recursive: true }) as string[]).filter(
      (file) => file.endsWith('.mjs') && /from ['"][./]+[\w/]*cookieStore\.mjs['"]/.test(source(file)),
    );
    expect(importers.sort()).toEqual(['utils/request/getRequestCookies.mjs', 'utils/request/storeResponseCookies.mjs']);
  });

  it('holds no cookies: a request gets none added, a Set-Cookie is dropped', async () => {
    await cookieStore.setCookie('a=1', 'http://127.0.0.1/');
    expect(cookieStore.getCookies('http://127.0.0.1/')).toEqual([]);
  });
});
