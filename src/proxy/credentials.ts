// Credentials the way Tencent Cloud's own tools find them: the Node SDK's default chain.
// tencentcloud-sdk-nodejs-common's DefaultCredentialProvider tries, in order: the environment
// (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN), the profile file
// (`[default]` secret_id / secret_key / token of ~/.tencentcloud/credentials, else
// /etc/tencentcloud/credentials), the CVM instance role (metadata server) and the TKE OIDC role.
// The SDK defines no variable that picks another profile or file. The proxy walks the same
// providers, in the same order (a test compares it with the SDK's), once at start: so it can say
// which source it uses, and the SDK's console.error of each failing provider stays out of the log.
import sdk, { type Credential, type DynamicCredential } from 'tencentcloud-sdk-nodejs-common';
import type { Secrets } from './secrets.ts';

export interface CredentialSource {
  name: string;
  provider: DynamicCredential;
}

export function sdkCredentialChain(): CredentialSource[] {
  return [
    { name: 'the environment (TENCENTCLOUD_SECRET_ID)', provider: new sdk.EnvironmentVariableCredential() },
    {
      name: 'the profile file (~/.tencentcloud/credentials, else /etc/tencentcloud/credentials)',
      provider: new sdk.ProfileCredential(),
    },
    { name: 'the CVM instance role', provider: new sdk.CvmRoleCredential() },
    { name: 'the TKE OIDC role', provider: new sdk.OIDCRoleArnCredential() },
  ];
}

export interface ResolvedCredentials {
  source: string;
  secretId: string;
  /** Asks the source on every call (role credentials expire) and remembers what to scrub. */
  credential: DynamicCredential;
}

export class CredentialsMissing extends Error {}

/** A role provider asks a metadata server; off Tencent Cloud that may never answer. */
const SOURCE_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function usable(c: Credential | undefined): c is Credential & { secretId: string; secretKey: string } {
  return Boolean(c?.secretId && c.secretKey);
}

export async function resolveCredentials(
  secrets: Secrets,
  chain: CredentialSource[] = sdkCredentialChain(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedCredentials> {
  const tried: string[] = [];
  for (const { name, provider } of chain) {
    let found: Credential | undefined;
    try {
      found = await withTimeout(provider.getCredential(), SOURCE_TIMEOUT_MS);
    } catch (e) {
      tried.push(`${name}: ${secrets.scrub(e instanceof Error ? e.message : String(e))}`);
      continue;
    }
    if (!usable(found)) {
      tried.push(`${name}: none`);
      continue;
    }
    secrets.remember(found.secretKey, found.token);
    return {
      source: name,
      secretId: found.secretId,
      credential: {
        async getCredential() {
          const current = await provider.getCredential();
          secrets.remember(current.secretKey, current.token);
          return current;
        },
      },
    };
  }
  const half =
    Boolean(env.TENCENTCLOUD_SECRET_ID) !== Boolean(env.TENCENTCLOUD_SECRET_KEY)
      ? ` ${env.TENCENTCLOUD_SECRET_ID ? 'TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not' : 'TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not'}.`
      : '';
  throw new CredentialsMissing(
    `No Tencent Cloud credentials found.${half} Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY ` +
      '(and TENCENTCLOUD_SESSION_TOKEN for temporary keys), or put secret_id and secret_key under [default] ' +
      "in ~/.tencentcloud/credentials. Tried, in the SDK's order:\n" +
      tried.map((t) => `  - ${t}`).join('\n'),
  );
}
