import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_BRANCH_CONFIG, parseBranchConfig, readServerConfig } from './config.ts';

const shipped = JSON.parse(readFileSync(DEFAULT_BRANCH_CONFIG, 'utf8')) as Record<string, unknown> & { services: Record<string, unknown>[]; counters: Record<string, unknown>[] };

describe('branch configuration', () => {
  it('ships a valid default for a Kantor Cabang with claims, membership and information services', () => {
    const config = parseBranchConfig(JSON.stringify(shipped), 'default');
    expect(config.services.map((s) => `${s.prefix} ${s.name}`)).toEqual(['A Klaim JHT', 'B Klaim JKK, JKM dan JP', 'C Kepesertaan dan Pendaftaran', 'D Informasi dan Pengaduan']);
    expect(config.fastTrack).toEqual({ maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3 });
    expect(config.branch.timeZone).toBe('Asia/Jakarta');
  });

  it('stops with a message naming the field when the file is wrong', () => {
    const broken = { ...shipped, services: [{ ...shipped.services[0], prefix: 'aa' }, ...shipped.services.slice(1)] };
    expect(() => parseBranchConfig(JSON.stringify(broken), 'cabang.json')).toThrowError(/services\[0\]\.prefix/);
    const badRef = { ...shipped, counters: [{ ...shipped.counters[0], serviceIds: ['tidak-ada'] }] };
    expect(() => parseBranchConfig(JSON.stringify(badRef), 'cabang.json')).toThrowError(/counters\[0\]\.serviceIds\[0\].*tidak-ada/);
    const duplicate = { ...shipped, services: [shipped.services[0], shipped.services[0]] };
    expect(() => parseBranchConfig(JSON.stringify(duplicate), 'cabang.json')).toThrowError(/ganda/);
    const zone = { ...shipped, branch: { ...(shipped.branch as object), timeZone: 'Europe/Paris' } };
    expect(() => parseBranchConfig(JSON.stringify(zone), 'cabang.json')).toThrowError(/branch\.timeZone/);
    expect(() => parseBranchConfig('{', 'cabang.json')).toThrowError(ConfigError);
  });

  it('reads PORT, DATA_DIR and BRANCH_CONFIG from the environment and rejects a bad port', () => {
    const c = readServerConfig({ PORT: '8080', DATA_DIR: '/var/lib/kios', BRANCH_CONFIG: '/etc/kios/cabang.json' }, '/srv');
    expect(c).toMatchObject({ port: 8080, dataDir: '/var/lib/kios', branchConfigPath: '/etc/kios/cabang.json' });
    expect(readServerConfig({}, '/srv').dataDir).toBe('/srv/data');
    expect(() => readServerConfig({ PORT: 'delapan' })).toThrowError(/PORT/);
  });
});
