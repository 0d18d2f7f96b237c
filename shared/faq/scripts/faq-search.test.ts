// The command line end to end: flags, JSON shape, batch mode and errors, as a user runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'faq-search.ts');
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('faq:search CLI', { timeout: 90_000 }, () => {
  it('prints a JSON array of {id, section, question, score} with --json and --limit', () => {
    const out = run(['--json', '--limit', '3', 'syarat klaim jht resign']);
    expect(out.status).toBe(0);
    const results: unknown = JSON.parse(out.stdout);
    expect(Array.isArray(results) && results.length).toBe(3);
    expect(Array.isArray(results) ? Object.keys(results[0] as object) : []).toEqual(['id', 'section', 'question', 'score']);
    expect(out.stdout).toContain('jht-0kwcywl');
  });
  it('answers one JSON array per stdin line with --batch, empty lines included', () => {
    const out = run(['--batch', '--limit', '2'], 'lupa password bpjstku\n\nzzqxw\nkartu hilang\n');
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown[]);
    expect(lines.map((l) => l.length)).toEqual([2, 0, 0, 2]);
  });
  it('prints readable Indonesian by default and says when nothing is found', () => {
    expect(run(['--limit', '1', 'lupa password bpjstku']).stdout).toMatch(/^1\. Bagaimana jika peserta lupa password BPJSTKU\?/);
    expect(run(['zzqxw']).stdout).toContain('Tidak ada hasil');
  });
  it('rejects invalid flags with a message and a non-zero exit', () => {
    const bad = run(['--limit', 'abc', 'jht']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--limit');
    expect(run(['--bogus', 'jht']).status).toBe(2);
    expect(run([]).status).toBe(2);
  });
});
