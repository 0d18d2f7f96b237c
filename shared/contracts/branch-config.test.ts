/** The branch file's schema: what it accepts, its defaults, and the messages that name the field. */
import { describe, expect, it } from 'vitest';
import { FAST_TRACK_REASONS } from '../queue/ticket.ts';
import { branchConfigSchema, describeConfigIssues, fastTrackReasonsFor } from './branch-config.ts';

const minimal = () => ({
  branch: { code: 'KC-01', name: 'Kantor Cabang Uji', timeZone: 'Asia/Makassar' },
  services: [
    { id: 'jht', prefix: 'A', name: 'Klaim JHT', description: 'Klaim JHT.', defaultServiceMinutes: 10 },
    { id: 'info', prefix: 'D', name: 'Informasi', description: 'Informasi.', defaultServiceMinutes: 5 },
  ],
  counters: [{ id: 'loket-1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['jht', 'info'] }],
});

function problems(input: unknown): string[] {
  const result = branchConfigSchema.safeParse(input);
  return result.success ? [] : describeConfigIssues(result.error);
}

describe('branch configuration schema', () => {
  it('fills in the policy defaults the README documents', () => {
    const config = branchConfigSchema.parse(minimal());
    expect(config.fastTrack).toEqual({ maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3 });
    expect(config.recall).toEqual({ maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 });
    expect(config.targets).toEqual({ waitMinutes: 30, fastTrackWaitMinutes: 10 });
    expect(config.kiosk).toEqual({ allowedAddresses: [] });
    expect(config.branch.runningText).toBe('');
  });

  it('fills a default inside a section given in part', () => {
    const config = branchConfigSchema.parse({ ...minimal(), fastTrack: { maxConsecutiveFastTrack: 2 }, recall: { maxRecalls: 1 }, targets: { waitMinutes: 20 } });
    expect(config.fastTrack).toEqual({ maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 2 });
    expect(config.recall).toEqual({ maxRecalls: 1, minIntervalSeconds: 20, missedReturnMinutes: 30 });
    expect(config.targets).toEqual({ waitMinutes: 20, fastTrackWaitMinutes: 10 });
  });

  it('names every duplicate and dangling reference with its path', () => {
    const base = minimal();
    const input = {
      ...base,
      services: [...base.services, { ...base.services[0]!, prefix: 'D' }],
      counters: [...base.counters, { ...base.counters[0]!, serviceIds: ['jht', 'pensiun'] }],
    };
    expect(problems(input)).toEqual([
      'services[2].id: id layanan "jht" ganda',
      'services[2].prefix: huruf "D" dipakai dua layanan',
      'counters[1].id: id loket "loket-1" ganda',
      'counters[1].serviceIds[1]: layanan "pensiun" tidak ada',
    ]);
  });

  it('explains a malformed id or prefix in Indonesian', () => {
    const base = minimal();
    // The counter still names "jht", which no longer exists: both are reported.
    expect(problems({ ...base, services: [{ ...base.services[0]!, id: 'Klaim JHT' }, base.services[1]] })).toEqual([
      'services[0].id: gunakan huruf kecil, angka dan tanda hubung (maks. 32)',
      'counters[0].serviceIds[0]: layanan "jht" tidak ada',
    ]);
    expect(problems({ ...base, services: [{ ...base.services[0]!, prefix: 'a' }, base.services[1]] })).toEqual(['services[0].prefix: satu huruf kapital A-Z']);
  });

  it('accepts the slug limits exactly: 32 characters, a leading digit; not 33, not a leading hyphen', () => {
    const withId = (id: string) => {
      const base = minimal();
      return problems({ ...base, services: [{ ...base.services[0]!, id }, base.services[1]], counters: [{ ...base.counters[0]!, serviceIds: [id] }] });
    };
    expect(withId('a'.repeat(32))).toEqual([]);
    expect(withId('1-klaim')).toEqual([]);
    expect(withId('a'.repeat(33))).toHaveLength(2);
    expect(withId('-klaim')).toHaveLength(2);
  });

  it('a problem at the top of the file is reported as the file', () => {
    expect(problems(null)).toEqual([expect.stringMatching(/^\(berkas\): /)]);
    expect(problems({ ...minimal(), branch: undefined })[0]).toMatch(/^branch: /);
  });
});

describe('fast-track reasons per service', () => {
  const withReasons = (reasonServices: Record<string, string[]>) => ({ ...minimal(), fastTrack: { reasonServices } });

  it('names a fast-track reason that points at a service the branch does not have', () => {
    expect(problems(withReasons({ eclaim: ['jht'], elderly: ['jht', 'pensiun'] }))).toEqual([
      'fastTrack.reasonServices.elderly[1]: layanan "pensiun" tidak ada',
    ]);
    expect(problems(withReasons({ eclaim: ['jht'] }))).toEqual([]);
  });
  it('offers a reason without a list at every service, a listed reason only at its services, an empty list nowhere', () => {
    const config = branchConfigSchema.parse(withReasons({ eclaim: ['jht'], pregnant: [] }));
    expect(fastTrackReasonsFor(config, 'jht')).toEqual(FAST_TRACK_REASONS.filter((r) => r !== 'pregnant'));
    expect(fastTrackReasonsFor(config, 'info')).toEqual(FAST_TRACK_REASONS.filter((r) => r !== 'pregnant' && r !== 'eclaim'));
    expect(fastTrackReasonsFor(branchConfigSchema.parse(minimal()), 'info')).toEqual([...FAST_TRACK_REASONS]);
  });
});
