/** The head-office bundle's own checks: what a branch refuses before it applies anything. */
import { describe, expect, it } from 'vitest';
import { configContentSchema, holidayBundleSchema, redeliveryBodySchema } from './hq-config.ts';
import { describeConfigIssues } from './branch-config.ts';

const problems = (schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, input: unknown): string[] => {
  const result = schema.safeParse(input) as { success: true } | { success: false; error: Parameters<typeof describeConfigIssues>[0] };
  return result.success ? [] : describeConfigIssues(result.error);
};

const decree = { id: 'skb-2027', title: 'SKB 3 Menteri libur nasional 2027', signed: '2026-09-01', url: 'https://example.go.id/skb' };
const service = (id: string, prefix: string) => ({ id, prefix, name: `Layanan ${id}`, description: 'Uraian.', defaultServiceMinutes: 10 });

describe('holiday bundle', () => {
  it('names every date off whose legal source is not among the bundle\'s decrees', () => {
    const entries = [
      { date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru', source: 'skb-2027' },
      { date: '2027-03-10', kind: 'cuti_bersama', name: 'Cuti bersama', source: 'skb-lama' },
    ];
    expect(problems(holidayBundleSchema, { version: '2027.1', decrees: [decree], entries })).toEqual([
      'entries[1].source: dasar hukum "skb-lama" tidak ada di daftar keputusan',
    ]);
    expect(problems(holidayBundleSchema, { version: '2027.1', decrees: [decree], entries: entries.slice(0, 1) })).toEqual([]);
  });
});

describe('configuration content', () => {
  it('names a duplicate service id and a letter two services share, and accepts distinct ones', () => {
    expect(problems(configContentSchema, { services: [service('jht', 'A'), service('jht', 'B'), service('jkm', 'A')] })).toEqual([
      'services[1].id: id layanan "jht" ganda',
      'services[2].prefix: huruf "A" dipakai dua layanan',
    ]);
    expect(problems(configContentSchema, { services: [service('jht', 'A'), service('jkm', 'B')] })).toEqual([]);
    expect(problems(configContentSchema, { runningText: 'Selamat datang' })).toEqual([]);
  });
});

describe('re-delivery request', () => {
  it('accepts a range of one event and refuses one that ends before it starts', () => {
    expect(redeliveryBodySchema.safeParse({ from: 5, to: 5 }).success).toBe(true);
    expect(redeliveryBodySchema.safeParse({ from: 5, to: 6 }).success).toBe(true);
    expect(problems(redeliveryBodySchema, { from: 6, to: 5 })).toEqual(['to: awal rentang harus tidak lebih dari akhirnya']);
  });
});
