import { describe, expect, it } from 'vitest';
import { readServedBackend, servedBackendTag, type ServedBackend } from './page-contract.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}

describe('the backend tag in the page', () => {
  it('reads back what the proxy wrote, whatever the characters', () => {
    const backend: ServedBackend = {
      kind: 'tencentcloud',
      token: 'bRd7jrQIiywjOtzOsyXUmdpPTNmlcK1XaqPijfUKrio',
      account: '100012345678 (user "a" <b> & \'c\')',
      accountId: '100012345678',
      readOnly: true,
      endpoint: 'cvm.tencentcloudapi.com',
    };
    const tag = servedBackendTag(backend);
    expect(tag).not.toMatch(/<b>|"a"/);
    expect(readServedBackend(parse(tag))).toEqual(backend);
  });

  it('without an account ID, and not read-only', () => {
    const backend: ServedBackend = {
      kind: 'tencentcloud',
      token: 't',
      account: 'AKID…0001',
      readOnly: false,
      endpoint: '127.0.0.1:4352',
    };
    expect(readServedBackend(parse(servedBackendTag(backend)))).toEqual(backend);
  });

  it('a page without the tag is on the embedded backend', () => {
    expect(readServedBackend(parse('<meta name="description" content="x">'))).toBeNull();
    expect(readServedBackend(parse('<meta name="cvm-backend" content="embedded">'))).toBeNull();
  });
});
