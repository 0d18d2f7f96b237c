import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_BRANCH_CONFIG, parseBranchConfig, parseBranchFile, readServerConfig } from './config.ts';

const shipped = JSON.parse(readFileSync(DEFAULT_BRANCH_CONFIG, 'utf8')) as Record<string, unknown> & { services: Record<string, unknown>[]; counters: Record<string, unknown>[] };

describe('branch configuration', () => {
  it('ships a valid default for a Kantor Cabang with claims, membership and information services', () => {
    const config = parseBranchConfig(JSON.stringify(shipped), 'default');
    expect(config.services.map((s) => `${s.prefix} ${s.name}`)).toEqual(['A Klaim JHT', 'B Klaim JKK, JKM dan JP', 'C Kepesertaan dan Pendaftaran', 'D Informasi dan Pengaduan']);
    expect(config.fastTrack).toEqual({ maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3, reasonServices: { eclaim: ['jht'] } });
    expect(config.openingHours).toEqual({ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30', issueOutsideHours: false });
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

describe('the branch file, parsed once with its printing and devices sections', () => {
  const withSections = (extra: object) => JSON.stringify({ ...shipped, ...extra });

  it('defaults both sections: a simulated 80 mm kiosk printer and no call pads', () => {
    const file = parseBranchFile(JSON.stringify(shipped), 'default');
    expect(file.printing).toMatchObject({ kiosk: { address: { kind: 'simulated' }, profile: { paper: '80mm' } }, counters: {}, issueWaitMs: 2500, ticketStatusPath: '/tiket/{id}' });
    expect(file.devices).toEqual({ callPads: [], pollSeconds: 2 });
    expect(file.branch).not.toHaveProperty('printing');
    expect(file.branch).not.toHaveProperty('devices');
    expect(file.branch.services).toHaveLength(4);
  });

  it('names the field of each mistake, from every section, in one message', () => {
    const text = withSections({
      services: [{ ...shipped.services[0], prefix: 'aa' }, ...shipped.services.slice(1)],
      printing: { issueWaitMs: -1, ticketStatusPath: 'tiket' },
      devices: { pollSeconds: 0 },
    });
    let message = '';
    try {
      parseBranchFile(text, 'cabang.json');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^cabang\.json tidak valid:/);
    expect(message).toMatch(/\n {2}services\[0\]\.prefix: satu huruf kapital A-Z/);
    expect(message).toMatch(/\n {2}printing\.issueWaitMs: /);
    expect(message).toMatch(/\n {2}printing\.ticketStatusPath: harus diawali/);
    expect(message).toMatch(/\n {2}devices\.pollSeconds: /);
  });

  it('lays KIOSK_PRINTER and PUBLIC_BASE_URL over the printing section, and says so when they are wrong', () => {
    const file = parseBranchFile(withSections({ printing: { kiosk: 'simulated' } }), 'cabang.json', { KIOSK_PRINTER: 'tcp://10.0.0.5:9100', PUBLIC_BASE_URL: 'http://10.0.0.2:3000' });
    expect(file.printing.kiosk.address).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 9100 });
    expect(file.printing.publicBaseUrl).toBe('http://10.0.0.2:3000');
    expect(() => parseBranchFile(JSON.stringify(shipped), 'cabang.json', { KIOSK_PRINTER: 'lpt1' })).toThrowError(/tidak valid \(KIOSK_PRINTER ikut diperiksa\):\n {2}printing\.kiosk\.address: alamat printer "lpt1" tidak dikenal/);
  });
});
