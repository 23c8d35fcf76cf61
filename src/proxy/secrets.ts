// Every text the proxy returns or logs passes through `scrub`: a SecretKey or session token the
// proxy has signed with never leaves it, whatever an SDK or upstream error message says.

const MASK = '[secret removed]';

export interface Secrets {
  remember(...values: (string | undefined)[]): void;
  scrub(text: string): string;
}

export function createSecrets(): Secrets {
  const known = new Set<string>();
  return {
    remember(...values) {
      // Short strings could match ordinary text; no real key or token is this short.
      for (const value of values) if (value && value.length >= 8) known.add(value);
    },
    scrub(text) {
      let out = text;
      for (const secret of known) out = out.split(secret).join(MASK);
      return out;
    },
  };
}

/** `AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA` → `AKID…hESA`: enough to tell keys apart, not to use one. */
export function maskSecretId(secretId: string): string {
  return secretId.length >= 12 ? `${secretId.slice(0, 4)}…${secretId.slice(-4)}` : '…';
}
