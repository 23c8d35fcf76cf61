// The proxy's credentials are the official SDK's: its providers, in its default chain's order,
// reading the environment and the profile file as the SDK reads them.
import sdk from 'tencentcloud-sdk-nodejs-common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialsMissing, resolveCredentials, sdkCredentialChain } from '../../src/proxy/credentials.ts';
import { createSecrets, maskSecretId } from '../../src/proxy/secrets.ts';
import { fixtureHome, removeFixtures } from '../../src/test/proxy-process.ts';

const ENV_ID = 'AKIDenvironment0000000000000000000001';
const ENV_KEY = 'environment-secret-key-0001';
const FILE_ID = 'AKIDprofilefile00000000000000000000002';
const FILE_KEY = 'profile-file-secret-key-0002';

/** The environment and the profile: the two sources that never leave this machine. */
const localChain = () => sdkCredentialChain().slice(0, 2);

function withEnvironment(id?: string, key?: string, token?: string): void {
  vi.stubEnv('TENCENTCLOUD_SECRET_ID', id);
  vi.stubEnv('TENCENTCLOUD_SECRET_KEY', key);
  vi.stubEnv('TENCENTCLOUD_SESSION_TOKEN', token);
}

afterEach(() => {
  vi.unstubAllEnvs();
  removeFixtures();
});

describe('the credential chain', () => {
  it('is the SDK DefaultCredentialProvider’s, provider for provider, in its order', () => {
    const sdkOrder = (new sdk.DefaultCredentialProvider() as unknown as { providers: object[] }).providers.map(
      (p) => p.constructor.name,
    );
    expect(sdkOrder).toEqual([
      'EnvironmentVariableCredential',
      'ProfileCredential',
      'CvmRoleCredential',
      'OIDCRoleArnCredential',
    ]);
    expect(sdkCredentialChain().map((s) => s.provider.constructor.name)).toEqual(sdkOrder);
  });

  it('takes the environment first, session token included, and the profile file is not read', async () => {
    vi.stubEnv('HOME', fixtureHome(`[default]\nsecret_id = ${FILE_ID}\nsecret_key = ${FILE_KEY}\n`));
    withEnvironment(ENV_ID, ENV_KEY, 'session-token-0001');
    const secrets = createSecrets();
    const found = await resolveCredentials(secrets, localChain());
    expect(found.source).toBe('the environment (TENCENTCLOUD_SECRET_ID)');
    expect(found.secretId).toBe(ENV_ID);
    expect(await found.credential.getCredential()).toEqual({
      secretId: ENV_ID,
      secretKey: ENV_KEY,
      token: 'session-token-0001',
    });
    // What the proxy signs with is what it scrubs.
    expect(secrets.scrub(`key ${ENV_KEY} token session-token-0001`)).toBe(
      'key [secret removed] token [secret removed]',
    );
  });

  it('then ~/.tencentcloud/credentials ([default] secret_id, secret_key, token)', async () => {
    vi.stubEnv(
      'HOME',
      fixtureHome(`[default]\nsecret_id = ${FILE_ID}\nsecret_key = ${FILE_KEY}\ntoken = file-token-2\n`),
    );
    withEnvironment();
    const found = await resolveCredentials(createSecrets(), localChain());
    expect(found.source).toMatch(/^the profile file/);
    expect(await found.credential.getCredential()).toMatchObject({
      secretId: FILE_ID,
      secretKey: FILE_KEY,
      token: 'file-token-2',
    });
  });

  it('a profile other than [default] is not read, as by the SDK', async () => {
    vi.stubEnv('HOME', fixtureHome(`[work]\nsecret_id = ${FILE_ID}\nsecret_key = ${FILE_KEY}\n`));
    withEnvironment();
    await expect(resolveCredentials(createSecrets(), localChain())).rejects.toThrow(CredentialsMissing);
  });

  it('nothing anywhere: the message says what to set and what was tried', async () => {
    vi.stubEnv('HOME', fixtureHome());
    withEnvironment(ENV_ID);
    const error = await resolveCredentials(createSecrets(), localChain()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsMissing);
    expect((error as Error).message).toBe(
      'No Tencent Cloud credentials found. TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not. ' +
        'Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary keys), ' +
        "or put secret_id and secret_key under [default] in ~/.tencentcloud/credentials. Tried, in the SDK's order:\n" +
        '  - the environment (TENCENTCLOUD_SECRET_ID): none\n' +
        '  - the profile file (~/.tencentcloud/credentials, else /etc/tencentcloud/credentials): none',
    );
  });

  it('a source that fails is skipped, and named with its reason when no source answers', async () => {
    const failing = {
      name: 'a failing source',
      provider: { getCredential: () => Promise.reject(new Error(`metadata server said no to ${ENV_KEY}`)) },
    };
    const answering = {
      name: 'an answering source',
      provider: { getCredential: async () => ({ secretId: ENV_ID, secretKey: ENV_KEY }) },
    };
    const secrets = createSecrets();
    expect((await resolveCredentials(secrets, [failing, answering])).source).toBe('an answering source');
    // Once the proxy knows a key, no message of its shows it.
    await expect(resolveCredentials(secrets, [failing])).rejects.toThrow(
      '  - a failing source: metadata server said no to [secret removed]',
    );
  });
});

describe('the SecretId as shown', () => {
  it('keeps four characters at each end', () => {
    expect(maskSecretId('AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA')).toBe('AKID…hESA');
    expect(maskSecretId('AKIDMOCK100000000001')).toBe('AKID…0001');
    expect(maskSecretId('short')).toBe('…');
  });
});
