// `npm run mock-api` for real: the bundle of src/mocks/server-main.ts (built by tests/api/global-setup.ts), run with node.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, startBuiltServer, type BuiltServer } from '../../src/test/built-server.ts';
import { expectSdkError, sdkClient } from '../../src/test/api-server.ts';

let server: BuiltServer;
let port = 0;
let stdout = '';

beforeAll(async () => {
  expect(existsSync(BUNDLE)).toBe(true);
  server = await startBuiltServer({ MOCK_API_DURATION_SCALE: '0.01' });
  port = server.port;
  stdout = server.stdout();
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

describe('the built standalone server (dist-server/server-main.js)', () => {
  it('prints where it listens and the three demo credentials', () => {
    expect(port).toBeGreaterThan(0);
    for (const id of ['100000000001', '100000000002', '100000000003']) {
      expect(stdout).toContain(`AKIDMOCK${id}`);
      expect(stdout).toContain(`mock-secret-${id}`);
    }
    expect(stdout).toContain('Data is kept in memory and lost when the server stops (MOCK_API_DATA=<file> keeps it).');
    expect(stdout).not.toContain('Strict:');
  });

  it('answers DescribeRegions to the official SDK, at / and at /api/cvm/', async () => {
    expect((await sdkClient(port).DescribeRegions()).TotalCount).toBe(18);
    expect((await sdkClient(port, { path: '/api/cvm' }).DescribeRegions()).TotalCount).toBe(18);
    await expectSdkError(sdkClient(port, { secretKey: 'wrong' }).DescribeRegions(), 'AuthFailure.SignatureFailure');
  });

  it('scales long operations by MOCK_API_DURATION_SCALE (CreateImage is NORMAL within a second at 0.01)', async () => {
    const client = sdkClient(port);
    const instances = await client.DescribeInstances({ Limit: 100 });
    const instance = instances.InstanceSet!.find((i) => ['RUNNING', 'STOPPED'].includes(i.InstanceState ?? ''));
    expect(instance).toBeDefined();
    const { ImageId } = await client.CreateImage({
      InstanceId: instance!.InstanceId!,
      ImageName: 'built-server-check',
    });
    let state = '';
    for (let i = 0; i < 40 && state !== 'NORMAL'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await client.DescribeImages({ ImageIds: [ImageId!] })).ImageSet![0]!.ImageState!;
    }
    expect(state).toBe('NORMAL');
    await client.DeleteImages({ ImageIds: [ImageId!] });
  });

  it('shuts down cleanly on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});

describe('the built standalone server with MOCK_API_STRICT', () => {
  it('=1 says so on start and answers the documented contract only', async () => {
    const strict = await startBuiltServer({ MOCK_API_STRICT: '1' });
    try {
      expect(strict.stdout()).toContain('Strict: the documented CVM contract only, none of the extensions (README).');
      const client = sdkClient(strict.port);
      await expectSdkError(
        client.DescribeImages({ Filters: [{ Name: 'keyword', Values: ['centos'] }] }),
        'InvalidFilter',
      );
      const listed = await client.DescribeImages({ Filters: [{ Name: 'image-name', Values: ['centos'] }] });
      expect(listed.TotalCount).toBeGreaterThan(0);
      expect(listed.ImageSet![0]).not.toHaveProperty('SharedAccountCount');
    } finally {
      await strict.stop();
    }
  });

  it('refuses to start on a value other than 0 or 1', async () => {
    await expect(startBuiltServer({ MOCK_API_STRICT: 'yes' })).rejects.toThrow(
      /exited with 1[\s\S]*MOCK_API_STRICT=yes is not 0 or 1/,
    );
  });
});
