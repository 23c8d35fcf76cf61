// What the local proxy tells the page it serves, in a tag in the page's HTML. Both sides import
// this file (the proxy in Node, the console's first load in the browser), so neither re-types a
// name. What a call carries back is in call-contract.ts: the first load does not need it.

const META_NAME = 'cvm-backend';

/** The backend a page was served with, when it is not the embedded one. */
export interface ServedBackend {
  kind: 'tencentcloud';
  /** Changes each time the proxy starts; only a page the proxy served knows it. */
  token: string;
  /** The account as the header shows it: its ID, or a masked SecretId when the ID is unknown. */
  account: string;
  /** The root account ID, when the proxy could ask (STS GetCallerIdentity). */
  accountId?: string;
  readOnly: boolean;
  /** Where the proxy sends the calls, e.g. `cvm.tencentcloudapi.com`. */
  endpoint: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The `<meta>` tag the proxy puts in the console's HTML. */
export function servedBackendTag(backend: ServedBackend): string {
  const attributes: [string, string | undefined][] = [
    ['name', META_NAME],
    ['content', backend.kind],
    ['data-token', backend.token],
    ['data-account', backend.account],
    ['data-account-id', backend.accountId],
    ['data-read-only', String(backend.readOnly)],
    ['data-endpoint', backend.endpoint],
  ];
  return `<meta ${attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escapeAttribute(value!)}"`)
    .join(' ')}>`;
}

/** Reads the tag back in the page; null when the page was served without it (the embedded backend). */
export function readServedBackend(doc: Pick<Document, 'querySelector'>): ServedBackend | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`);
  if (meta?.content !== 'tencentcloud') return null;
  const data = meta.dataset;
  return {
    kind: 'tencentcloud',
    token: data.token ?? '',
    account: data.account ?? '',
    accountId: data.accountId || undefined,
    readOnly: data.readOnly === 'true',
    endpoint: data.endpoint ?? '',
  };
}
