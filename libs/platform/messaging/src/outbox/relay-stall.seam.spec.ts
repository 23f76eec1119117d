import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relayStallSeam } from './relay-stall.seam';

describe('relayStallSeam (SCQ_FAULT_RELAY_STALL_FILE)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scq-relay-stall-'));
  const file = join(dir, 'stall');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off without the variable', () => {
    expect(relayStallSeam({})).toBeUndefined();
    expect(relayStallSeam({ SCQ_FAULT_RELAY_STALL_FILE: ' ' })).toBeUndefined();
  });

  it('is refused under NODE_ENV=production', () => {
    expect(() => relayStallSeam({ NODE_ENV: 'production', SCQ_FAULT_RELAY_STALL_FILE: file })).toThrow(/refused when NODE_ENV=production/);
  });

  it('holds a published batch while the file exists, and lets it go once the file is removed', async () => {
    const seam = relayStallSeam({ SCQ_FAULT_RELAY_STALL_FILE: file }, 10) as (ids: string[]) => Promise<void>;
    writeFileSync(file, '');
    let released = false;
    const held = seam(['a']).then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(released).toBe(false);
    rmSync(file);
    await held;
    expect(released).toBe(true);
    // Without the file, nothing waits.
    const started = Date.now();
    await seam(['b']);
    expect(Date.now() - started).toBeLessThan(50);
  });
});
