// The proxy's settings, from the environment and `npm start -- --flag` arguments (DESIGN.md,
// "How a backend is chosen"). A setting that cannot be understood stops the start with a message.

export const CHINA_ENDPOINT = 'cvm.tencentcloudapi.com';
export const INTL_ENDPOINT = 'cvm.intl.tencentcloudapi.com';

export interface Endpoint {
  protocol: 'http://' | 'https://';
  /** `host` or `host:port`, as the SDK's `httpProfile.endpoint` takes it. */
  host: string;
  /** Only loopback endpoints (the local mock) may be plain http. */
  loopback: boolean;
}

export interface ProxyOptions {
  endpoint: Endpoint;
  readOnly: boolean;
  /** One log line per forwarded call (refusals are always logged). */
  logCalls: boolean;
}

export class OptionError extends Error {}

const FLAGS = ['--read-only', '--intl'];

function envFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new OptionError(`${name}=${env[name]} is not understood: use ${name}=1 (or leave it unset).`);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

export function endpointUrl(endpoint: Endpoint): string {
  return `${endpoint.protocol}${endpoint.host}/`;
}

/** `cvm.tencentcloudapi.com`, `https://host[:port]` or `http://127.0.0.1:port` (loopback only). */
export function parseEndpoint(raw: string): Endpoint {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new OptionError(`CVM_ENDPOINT=${raw} is not a URL: use e.g. https://${CHINA_ENDPOINT}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new OptionError(`CVM_ENDPOINT=${raw} must be an http:// or https:// URL.`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new OptionError(`CVM_ENDPOINT=${raw} must be scheme://host[:port] only, without a path or credentials.`);
  const loopback = isLoopback(url.hostname);
  // Signed requests carry the session token and every parameter: only loopback may see them in clear.
  if (url.protocol === 'http:' && !loopback)
    throw new OptionError(`CVM_ENDPOINT=${raw}: plain http is allowed only to 127.0.0.1 or localhost; use https://.`);
  return { protocol: url.protocol === 'http:' ? 'http://' : 'https://', host: url.host, loopback };
}

/** Settings of the tencentcloud backend. `args`: the command-line arguments other than --backend. */
export function proxyOptions(env: NodeJS.ProcessEnv, args: readonly string[]): ProxyOptions {
  for (const arg of args)
    if (!FLAGS.includes(arg)) throw new OptionError(`Unknown option ${arg}; the options are ${FLAGS.join(', ')}.`);
  const intl = args.includes('--intl') || envFlag(env, 'CVM_INTL');
  const custom = env.CVM_ENDPOINT?.trim();
  if (custom && intl) throw new OptionError('Set either CVM_ENDPOINT or --intl (CVM_INTL=1), not both.');
  return {
    endpoint: custom ? parseEndpoint(custom) : parseEndpoint(intl ? INTL_ENDPOINT : CHINA_ENDPOINT),
    readOnly: args.includes('--read-only') || envFlag(env, 'CVM_READ_ONLY'),
    logCalls: envFlag(env, 'CVM_PROXY_LOG'),
  };
}
