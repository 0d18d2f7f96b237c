import { afterEach, describe, expect, it } from 'vitest';
import { callPadConfigSchema } from '../../hardware/hid/call-pad.ts';
import { FakeHidBackend } from '../../hardware/hid/fake-hid-backend.ts';
import type { CallPadManager } from '../../hardware/hid/call-pad-manager.ts';
import { ConfigError, DEFAULT_BRANCH_CONFIG, loadBranchConfig, parseBranchFile } from '../config.ts';
import { buildServices } from '../services.ts';
import { openDatabase } from '../store/database.ts';
import { startCallPads } from './call-pads.ts';

const branch = loadBranchConfig(DEFAULT_BRANCH_CONFIG);
const counter = branch.counters[0];
if (!counter) throw new Error('the default branch has counters');
const serviceId = counter.serviceIds[0] ?? '';
const managers: CallPadManager[] = [];
afterEach(async () => {
  await Promise.all(managers.splice(0).map((m) => m.stop()));
});

const padInput = {
  id: 'pad-1', counterId: counter.id, vendorId: 0x1234, productId: 0x0001,
  keys: [{ report: '00 00 3a', key: 'F1' }, { report: '00 00 3b', key: 'F2' }, { report: '00 00 3c', key: 'F3' }, { report: '00 00 3d', key: 'F4' }],
  actions: { F1: 'call-next', F2: 'recall', F3: 'start', F4: 'finish' },
};
const padConfig = callPadConfigSchema.parse(padInput);
const device = { vendorId: 0x1234, productId: 0x0001, path: '/dev/hidraw0' };
const settle = () => new Promise((r) => setTimeout(r, 10));

function setup() {
  let clock = Date.parse('2026-11-23T02:00:00Z');
  let n = 0;
  const services = buildServices({ db: openDatabase(':memory:'), config: branch, now: () => clock, newId: () => `t-${++n}` });
  const backend = new FakeHidBackend();
  backend.plug(device);
  const logs: string[] = [];
  const manager = startCallPads({ services, pads: [padConfig], backend, log: (m) => void logs.push(m), now: () => clock });
  managers.push(manager);
  return { services, backend, logs, advance: (ms: number) => (clock += ms) };
}

describe('call pads wired to the queue engine', () => {
  it('call-next on the pad calls the next ticket at its counter, once the counter is open', async () => {
    const { services, backend, logs, advance } = setup();
    await settle();
    const issued = services.engine.issue({ serviceId, fastTrack: null }, { userId: null, username: 'kiosk', role: 'kiosk' });
    backend.report(device.path, [0, 0, 0x3a]);
    await settle();
    expect(logs.some((l) => l.includes('belum dibuka'))).toBe(true);
    services.counters.open(counter.id, { userId: 1, username: 'cso1', role: 'cso' });
    advance(1000);
    backend.report(device.path, [0, 0, 0x3a]);
    await settle();
    expect(services.engine.ticket(issued.ticket.id)).toMatchObject({ status: 'called', counterId: counter.id });
    backend.report(device.path, [0, 0, 0x3c]);
    await settle();
    expect(services.engine.ticket(issued.ticket.id).status).toBe('serving');
    backend.report(device.path, [0, 0, 0x3d]);
    await settle();
    expect(services.engine.ticket(issued.ticket.id).status).toBe('done');
  });

  it('a refused action (nothing to recall) is logged in Indonesian, and the server carries on', async () => {
    const { services, backend, logs } = setup();
    await settle();
    services.counters.open(counter.id, { userId: 1, username: 'cso1', role: 'cso' });
    backend.report(device.path, [0, 0, 0x3b]);
    await settle();
    expect(logs.at(-1)).toContain('tidak sedang memanggil');
  });
});

describe('devices configuration', () => {
  it('defaults to no pads, and rejects a pad bound to a counter that does not exist', () => {
    const file = (devices?: unknown) => JSON.stringify(devices === undefined ? branch : { ...branch, devices });
    expect(parseBranchFile(file(), 'cabang.json').devices).toEqual({ callPads: [], pollSeconds: 2 });
    expect(parseBranchFile(file({ callPads: [padInput] }), 'cabang.json').devices.callPads).toEqual([padConfig]);
    expect(() => parseBranchFile(file({ callPads: [{ ...padInput, counterId: 'loket-99' }] }), 'cabang.json')).toThrow(ConfigError);
    expect(() => parseBranchFile(file({ callPads: [{ ...padInput, counterId: 'loket-99' }] }), 'cabang.json')).toThrow(
      /devices\.callPads\[0\]\.counterId: loket "loket-99" tidak ada di konfigurasi cabang/,
    );
    expect(() => parseBranchFile(file({ callPads: [{ id: 'x' }] }), 'cabang.json')).toThrow(/devices\.callPads\[0\]/);
  });
});
