// Who may use the proxy: only the page it served, in a browser on this machine. Each check runs
// before anything is sent upstream, and a refusal says what was refused and why.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { CONSOLE_TOKEN_HEADER } from './call-contract.ts';
import { PROXY_REFUSALS } from './refusal-codes.ts';

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The hosts the proxy answers to; anything else is a DNS-rebinding page or a mistake. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Checked on every request, the page's HTML included: the HTML holds the token. */
export function hostRefusal(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = (single(headers, 'host') ?? '').toLowerCase();
  if (ownHosts(port).includes(host)) return null;
  return {
    status: 403,
    code: PROXY_REFUSALS.host,
    message: `This proxy answers only at http://127.0.0.1:${port}/ or http://localhost:${port}/, not at host "${host.slice(0, 100)}" (a page that renamed its host to this machine is refused).`,
  };
}

/** Same-length comparison in constant time: the answer does not tell how much of a guess was right. */
function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checked on API calls, after the host: a call must come from the proxy's own page. */
export function callRefusal(headers: IncomingHttpHeaders, method: string, port: number, token: string): Refusal | null {
  if (method !== 'POST')
    return {
      status: 405,
      code: 'UnsupportedProtocol',
      message: `The local proxy takes API calls as POST only, not ${method.slice(0, 20)}.`,
    };
  const origin = single(headers, 'origin');
  const own = ownHosts(port).map((h) => `http://${h}`);
  // Browsers name the calling site in Origin (on every POST) and in Sec-Fetch-Site.
  const site = single(headers, 'sec-fetch-site');
  if ((origin !== undefined && !own.includes(origin)) || (site !== undefined && site !== 'same-origin'))
    return {
      status: 403,
      code: PROXY_REFUSALS.origin,
      message: `Calls from ${(origin ?? `a ${site} page`).slice(0, 100)} are refused: only the console this proxy serves at ${own[0]}/ may call it.`,
    };
  const given = single(headers, CONSOLE_TOKEN_HEADER.toLowerCase());
  if (given === undefined || !sameToken(given, token))
    return {
      status: 403,
      code: PROXY_REFUSALS.token,
      message:
        given === undefined
          ? `The call has no ${CONSOLE_TOKEN_HEADER} header: only the console page this proxy serves may call it.`
          : "The console token is not this proxy's: the proxy was restarted since this page was loaded. Reload the page.",
    };
  const type = (single(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    return {
      status: 415,
      code: 'UnsupportedProtocol',
      message: `The local proxy takes a JSON body (Content-Type: application/json), not "${type.slice(0, 60)}".`,
    };
  return null;
}
