// STS, beside CVM, on the standalone host: GetCallerIdentity names the account a key belongs to.
import { randomUUID } from 'node:crypto';
import type { Envelope } from '../rules/protocol.ts';

/**
 * STS GetCallerIdentity for a demo key, with the fields Tencent Cloud's documentation gives its
 * answer (a root account's key: every ID is the account's own). A convenience for the local
 * signing proxy, which asks it once at start to name the account in the console's header.
 */
export function callerIdentity(accountId: string): Envelope {
  return {
    Response: {
      Arn: `qcs::cam::uin/${accountId}:uin/${accountId}`,
      AccountId: accountId,
      UserId: accountId,
      PrincipalId: accountId,
      Type: 'CAMUser',
      RequestId: randomUUID(),
    },
  };
}
