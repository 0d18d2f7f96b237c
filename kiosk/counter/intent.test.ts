import { describe, expect, it } from 'vitest';
import { IntentRunner } from './intent.ts';

class Lost extends Error {}
const runner = () => {
  let n = 0;
  return new IntentRunner(() => `key-${++n}`, (e) => e instanceof Lost);
};

describe('IntentRunner', () => {
  it('sends a double tap once: the second press while in flight is ignored', async () => {
    const r = runner();
    const sent: string[] = [];
    let release: () => void = () => undefined;
    const first = r.run('call-next', 'l1', (key) => {
      sent.push(key);
      return new Promise<string>((res) => (release = () => res('A-001')));
    });
    const second = await r.run('call-next', 'l1', async (key) => void sent.push(key));
    expect(second).toEqual({ kind: 'ignored' });
    release();
    expect(await first).toEqual({ kind: 'done', value: 'A-001', key: 'key-1' });
    expect(sent).toEqual(['key-1']);
  });

  it('re-sends with the same key after a lost answer, so the server can replay instead of acting twice', async () => {
    const r = runner();
    const keys: string[] = [];
    const lost = await r.run('call-next', 'l1', async (key) => {
      keys.push(key);
      throw new Lost();
    });
    expect(lost).toMatchObject({ kind: 'failed', retrySameKey: true });
    await r.run('call-next', 'l1', async (key) => void keys.push(key));
    expect(keys).toEqual(['key-1', 'key-1']);
  });

  it('uses a new key after a definite answer, and for a different button or ticket', async () => {
    const r = runner();
    const keys: string[] = [];
    await r.run('call-next', 'l1', async (k) => void keys.push(k));
    await r.run('call-next', 'l1', async (k) => void keys.push(k));
    await r.run('recall', 't-1', async (k) => {
      keys.push(k);
      throw new Lost();
    });
    await r.run('finish', 't-1', async (k) => void keys.push(k));
    const refused = await r.run('finish', 't-2', async (k) => {
      keys.push(k);
      throw new Error('409');
    });
    expect(refused).toMatchObject({ kind: 'failed', retrySameKey: false });
    await r.run('finish', 't-2', async (k) => void keys.push(k));
    expect(keys).toEqual(['key-1', 'key-2', 'key-3', 'key-4', 'key-5', 'key-6']);
  });
});
