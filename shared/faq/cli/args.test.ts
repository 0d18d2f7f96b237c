import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('reads flags and the query', () => {
    expect(parseArgs(['--json', '--limit', '3', 'klaim', 'jht'])).toEqual({ kind: 'run', options: { json: true, batch: false, prefix: false, limit: 3, query: 'klaim jht' } });
    expect(parseArgs(['--limit=7', 'saldo'])).toMatchObject({ kind: 'run', options: { limit: 7, json: false } });
    expect(parseArgs(['--batch'])).toMatchObject({ kind: 'run', options: { batch: true, json: true, query: '' } });
    expect(parseArgs(['--', '--bukan-opsi'])).toMatchObject({ kind: 'run', options: { query: '--bukan-opsi' } });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
  });
  it('rejects bad input with a message', () => {
    for (const argv of [['--limit', 'x', 'a'], ['--limit'], ['--limit', '0', 'a'], ['--limit', '101', 'a'], ['--limit', '-1', 'a'], ['--foo', 'a'], [], ['--json'], ['--batch', 'a']]) {
      const parsed = parseArgs(argv);
      expect(parsed.kind).toBe('error');
      if (parsed.kind === 'error') expect(parsed.message.length).toBeGreaterThan(10);
    }
  });
});
