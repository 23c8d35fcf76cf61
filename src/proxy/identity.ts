// Which account the console is on, from a harmless read: STS GetCallerIdentity, signed by the same
// SDK client as every call. Where STS cannot answer, the header shows a masked SecretId instead.
import type { Endpoint } from './options.ts';
import { sdkClient, serviceHost, type Upstream } from './forward.ts';
import { maskSecretId } from './secrets.ts';
import { STS_VERSION } from '../rules/protocol.ts';

export interface Identity {
  /** What the header shows. */
  label: string;
  /** The root account ID, when STS named it. */
  accountId?: string;
  /** Set when the upstream refused the credentials themselves (a wrong key, an expired token...). */
  refused?: { code: string; message: string };
}

/**
 * STS lives beside CVM: `cvm[.<site or region>].tencentcloudapi.com` → `sts[...]`. Any other
 * endpoint (the local mock, a gateway) is asked itself: one that speaks only CVM answers with an
 * error, and the header falls back to the masked SecretId.
 */
export function stsHost(cvm: Endpoint): string {
  return serviceHost(cvm, 'sts');
}

interface CallerIdentity {
  AccountId?: unknown;
  UserId?: unknown;
}

export async function callerIdentity(upstream: Upstream, secretId: string): Promise<Identity> {
  const masked = maskSecretId(secretId);
  try {
    const host = stsHost(upstream.endpoint);
    const answer = (await sdkClient(upstream, host, STS_VERSION, 'ap-guangzhou').request(
      'GetCallerIdentity',
      {},
    )) as CallerIdentity;
    const accountId = typeof answer.AccountId === 'string' && /^\d+$/.test(answer.AccountId) ? answer.AccountId : '';
    if (!accountId) return { label: masked };
    const user = typeof answer.UserId === 'string' && answer.UserId !== accountId ? ` (user ${answer.UserId})` : '';
    return { label: `${accountId}${user}`, accountId };
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    // AuthFailure.UnauthorizedOperation is a permission the key lacks, not a wrong key.
    if (code?.startsWith('AuthFailure') && code !== 'AuthFailure.UnauthorizedOperation')
      return { label: masked, refused: { code, message: upstream.secrets.scrub(message ?? '') } };
    return { label: masked };
  }
}
