// MOCK_API_DATA: the standalone server keeps its data in a file, written before a change is
// answered, so a SIGKILL loses nothing that was acknowledged; a file it cannot read is set aside.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateStore, readStore } from '../../src/mocks/migrations.ts';
import { seedStore } from '../../src/mocks/seed/seed-store.ts';
import { startBuiltServer, type BuiltServer } from '../../src/test/built-server.ts';
import { sdkClient } from '../../src/test/api-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'mock-api-data-'));
const running: BuiltServer[] = [];

async function start(file: string): Promise<BuiltServer> {
  const server = await startBuiltServer({ MOCK_API_DATA: file });
  running.push(server);
  return server;
}

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function ownNormalImages(port: number): Promise<string[]> {
  const res = await sdkClient(port).DescribeImages({
    Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
    Limit: 100,
  });
  return res.ImageSet!.filter((i) => i.ImageState === 'NORMAL').map((i) => i.ImageId!);
}

describe('MOCK_API_DATA', () => {
  it('keeps every acknowledged change through a SIGKILL in the middle of a burst, and the file loads', async () => {
    const file = join(dir, 'burst.json');
    const first = await start(file);
    expect(first.stdout()).toContain(`Data is kept in ${file}, written before each change is answered.`);
    const ids = (await ownNormalImages(first.port)).slice(0, 6);
    expect(ids.length).toBeGreaterThanOrEqual(4);

    // One chain of renumbered descriptions per image, the chains side by side: within a chain one
    // request at a time, so the last acknowledged number is known exactly.
    const client = sdkClient(first.port);
    const acknowledged = new Map<string, number>(ids.map((id) => [id, 0]));
    let inFlight = 0;
    let inFlightAtKill = -1;
    const chains = ids.map(async (id) => {
      for (let n = 1; n <= 500; n++) {
        inFlight++;
        try {
          await client.ModifyImageAttribute({ ImageId: id, ImageDescription: `burst ${n}` });
        } catch {
          return; // the server is gone
        } finally {
          inFlight--;
        }
        acknowledged.set(id, n);
      }
    });
    const total = () => [...acknowledged.values()].reduce((a, b) => a + b, 0);
    for (let i = 0; i < 400 && total() < 60; i++) await new Promise((r) => setTimeout(r, 10));
    expect(total()).toBeGreaterThanOrEqual(60);
    inFlightAtKill = inFlight;
    await first.stop('SIGKILL');
    // An answer already on its way when the process died may still arrive: it was written before
    // it was sent, so it counts as acknowledged like the others.
    await Promise.all(chains);
    expect(inFlightAtKill).toBeGreaterThan(0);

    const stored = migrateStore(JSON.parse(readFileSync(file, 'utf8')));
    expect(stored).toBeDefined();
    const second = await start(file);
    expect(second.stderr()).not.toMatch(/could not be read/);
    const after = await sdkClient(second.port).DescribeImages({ ImageIds: ids });
    for (const image of after.ImageSet!) {
      const last = acknowledged.get(image.ImageId!)!;
      const n = Number(/^burst (\d+)$/.exec(image.ImageDescription ?? '')?.[1] ?? 0);
      // The acknowledged change is there; the one in flight at the kill may be too.
      expect(n, image.ImageId).toBeGreaterThanOrEqual(last);
      expect(n, image.ImageId).toBeLessThanOrEqual(last + 1);
    }
    expect(after.ImageSet).toHaveLength(ids.length);
    console.log(
      `durable-state: ${total()} changes acknowledged before SIGKILL, ${inFlightAtKill} in flight; all found after the restart`,
    );
  });

  it.each([
    ['not JSON', 'garbage{'],
    ['JSON of the wrong shape', '{"version":2,"images":"none"}'],
    ['a store of a later version', '{"version":99,"seq":1,"images":[],"shares":{},"instances":[]}'],
  ])('sets aside a file that is %s, says so, and starts from the seed', async (label, content) => {
    const sub = mkdtempSync(join(dir, 'unreadable-'));
    const file = join(sub, 'state.json');
    writeFileSync(file, content);
    const server = await start(file);
    const asides = readdirSync(sub).filter((f) => f.startsWith('state.json.unreadable-'));
    expect(asides, label).toHaveLength(1);
    expect(readFileSync(join(sub, asides[0]!), 'utf8')).toBe(content);
    expect(server.stderr()).toContain(
      `The data file ${file} could not be read (${label === 'not JSON' ? 'it is not JSON' : 'it is not a store this version can read'}); it was set aside as ${join(sub, asides[0]!)}.`,
    );
    // The seed is served, and written at once, so the file is readable again.
    expect((await ownNormalImages(server.port)).length).toBeGreaterThan(0);
    expect(migrateStore(JSON.parse(readFileSync(file, 'utf8')))).toBeDefined();
  });

  it('loads a file some entries of which cannot be read without them, keeps every valid one, and keeps the file as it was', async () => {
    const sub = mkdtempSync(join(dir, 'entries-'));
    const file = join(sub, 'state.json');
    const seed = seedStore();
    const content = JSON.stringify({ ...seed, images: [...seed.images, null, { ImageId: 'img-broken01' }] });
    writeFileSync(file, content);
    const server = await start(file);
    const asides = readdirSync(sub).filter((f) => f.startsWith('state.json.unreadable-'));
    expect(asides).toHaveLength(1);
    expect(readFileSync(join(sub, asides[0]!), 'utf8')).toBe(content);
    expect(server.stderr()).toContain(
      `2 entries of the data file ${file} could not be read and were left out; the file as it was is kept as ${join(sub, asides[0]!)}.`,
    );
    const own = seed.images.filter((i) => i.OwnerId === '100000000001' && i.Region === 'ap-guangzhou');
    const served = await sdkClient(server.port).DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 100,
    });
    expect(served.ImageSet!.map((i) => i.ImageId).sort()).toEqual(own.map((i) => i.ImageId).sort());
    // Written back without them.
    expect(readStore(JSON.parse(readFileSync(file, 'utf8')))?.setAside).toBeUndefined();
  });

  it('refuses to start when the file cannot be written', async () => {
    const file = join(dir, 'missing-directory', 'state.json');
    await expect(startBuiltServer({ MOCK_API_DATA: file })).rejects.toThrow(
      /exited with 1[\s\S]*cannot write MOCK_API_DATA=.*missing-directory\/state\.json/,
    );
    expect(existsSync(file)).toBe(false);
  });
});
