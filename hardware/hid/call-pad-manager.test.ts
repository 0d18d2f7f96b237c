import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callPadConfigSchema, type CallPadConfig } from './call-pad.ts';
import { CallPadManager, type CallPadPress, type CallPadStatus } from './call-pad-manager.ts';
import { FakeHidBackend } from './fake-hid-backend.ts';
import { HidUnavailableError } from './hid-backend.ts';
import { NodeHidBackend } from './node-hid-backend.ts';

const pad = (overrides: Partial<CallPadConfig> = {}): CallPadConfig =>
  callPadConfigSchema.parse({
    id: 'pad-loket-1', counterId: 'loket-1', vendorId: 0x1234, productId: 0xabcd,
    keys: [
      { report: '00 00 3a 00 00 00 00 00', key: 'F1' },
      { report: '00 00 3b', key: 'F2' },
      { report: '00 00 3c', key: 'F3' },
      { report: '00 00 3d', key: 'F4' },
      { report: '00 00 3e', key: 'F5' },
    ],
    actions: { F1: 'call-next', F2: 'recall', F3: 'start', F4: 'finish', F5: 'no-show' },
    ...overrides,
  });

const device = { vendorId: 0x1234, productId: 0xabcd, path: '/dev/hidraw3', product: 'Call pad' };
const key = (code: number): number[] => [0, 0, code, 0, 0, 0, 0, 0];
const RELEASE = [0, 0, 0, 0, 0, 0, 0, 0];

function setup(pads: CallPadConfig[] = [pad()], backend = new FakeHidBackend()) {
  const presses: CallPadPress[] = [];
  const statuses: CallPadStatus[] = [];
  const warnings: string[] = [];
  let clock = 0;
  const manager = new CallPadManager({
    backend, pads, pollMs: 1000, debounceMs: 300, now: () => clock,
    onAction: (p) => void presses.push(p),
    onStatusChange: (s) => void statuses.push(s),
    logger: { info: () => undefined, warn: (m) => void warnings.push(m) },
  });
  return { backend, manager, presses, statuses, warnings, tick: (ms: number) => (clock += ms) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('USB call pads', () => {
  it('turns each configured key into its action for the bound counter', async () => {
    const { backend, manager, presses, tick } = setup();
    backend.plug(device);
    await manager.start();
    for (const code of [0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x04]) {
      backend.report(device.path, key(code));
      backend.report(device.path, RELEASE);
      tick(1000);
    }
    expect(presses.map((p) => [p.counterId, p.key, p.action])).toEqual([
      ['loket-1', 'F1', 'call-next'], ['loket-1', 'F2', 'recall'], ['loket-1', 'F3', 'start'], ['loket-1', 'F4', 'finish'], ['loket-1', 'F5', 'no-show'],
    ]);
    await manager.stop();
  });

  it('counts a double tap of call-next once, so one press calls one visitor', async () => {
    const { backend, manager, presses, tick } = setup();
    backend.plug(device);
    await manager.start();
    backend.report(device.path, key(0x3a));
    backend.report(device.path, RELEASE);
    tick(100);
    backend.report(device.path, key(0x3a));
    tick(400);
    backend.report(device.path, key(0x3a));
    expect(presses).toHaveLength(2);
    await manager.stop();
  });

  it('waits for an absent pad with one warning, then connects when it is plugged in', async () => {
    const { backend, manager, statuses, warnings, presses } = setup();
    await manager.start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('tidak terpasang');
    backend.plug(device);
    await vi.advanceTimersByTimeAsync(1000);
    expect(manager.status()).toEqual([{ padId: 'pad-loket-1', counterId: 'loket-1', state: 'connected', path: '/dev/hidraw3' }]);
    expect(statuses.map((s) => s.state)).toEqual(['connected']);
    backend.report(device.path, key(0x3a));
    expect(presses).toHaveLength(1);
    await manager.stop();
  });

  it('recovers by itself from unplug and replug, without leaking listeners over 10 cycles', async () => {
    const { backend, manager, presses, tick } = setup();
    backend.plug(device);
    await manager.start();
    for (let cycle = 0; cycle < 10; cycle++) {
      backend.unplug(device.path);
      await vi.advanceTimersByTimeAsync(0);
      expect(manager.status()[0]?.state).toBe('disconnected');
      expect(backend.listenerCount()).toBe(0);
      backend.plug(device);
      await vi.advanceTimersByTimeAsync(1000);
      expect(manager.status()[0]?.state).toBe('connected');
      expect(backend.listenerCount()).toBe(2);
      backend.report(device.path, key(0x3a));
      tick(1000);
    }
    expect(presses).toHaveLength(10);
    expect(backend.opens - backend.closes).toBe(1);
    await manager.stop();
    expect(backend.listenerCount()).toBe(0);
    expect(backend.opens).toBe(backend.closes);
  });

  it('stops polling while every pad is connected, and after stop()', async () => {
    const backend = new FakeHidBackend();
    const list = vi.spyOn(backend, 'list');
    const { manager } = setup([pad()], backend);
    backend.plug(device);
    await manager.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(list).toHaveBeenCalledTimes(1);
    backend.unplug(device.path);
    await manager.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('binds two identical pads to their counters by serial number', async () => {
    const { backend, manager, presses } = setup([
      pad({ id: 'pad-1', counterId: 'loket-1', serialNumber: 'A1' }),
      pad({ id: 'pad-2', counterId: 'loket-2', serialNumber: 'B2' }),
    ]);
    backend.plug({ ...device, path: '/dev/hidraw4', serialNumber: 'B2' });
    backend.plug({ ...device, path: '/dev/hidraw5', serialNumber: 'A1' });
    await manager.start();
    backend.report('/dev/hidraw4', key(0x3a));
    expect(presses.map((p) => p.counterId)).toEqual(['loket-2']);
    await manager.stop();
  });

  it('without libusb: one clear warning, pads "unavailable", nothing thrown, polling goes on', async () => {
    const { backend, manager, warnings } = setup();
    backend.available = false;
    await manager.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Server tetap berjalan');
    expect(manager.status()[0]?.state).toBe('unavailable');
    backend.available = true;
    backend.plug(device);
    await vi.advanceTimersByTimeAsync(1000);
    expect(manager.status()[0]?.state).toBe('connected');
    await manager.stop();
  });

  it('a failing action callback is logged, not thrown', async () => {
    const backend = new FakeHidBackend();
    const warnings: string[] = [];
    const manager = new CallPadManager({
      backend, pads: [pad()], logger: { info: () => undefined, warn: (m) => void warnings.push(m) },
      onAction: async () => {
        throw new Error('loket belum dibuka');
      },
    });
    backend.plug(device);
    await manager.start();
    backend.report(device.path, key(0x3a));
    await vi.advanceTimersByTimeAsync(0);
    expect(warnings).toEqual(['Aksi "call-next" dari tombol "pad-loket-1" gagal: loket belum dibuka']);
    await manager.stop();
  });
});

describe('call pad configuration', () => {
  it('rejects empty or non-hex reports and actions for keys that do not exist', () => {
    expect(callPadConfigSchema.safeParse({ ...pad(), keys: [{ report: '00 00 00', key: 'F1' }] }).success).toBe(false);
    expect(callPadConfigSchema.safeParse({ ...pad(), keys: [{ report: 'zz', key: 'F1' }] }).success).toBe(false);
    expect(callPadConfigSchema.safeParse({ ...pad(), keys: [{ report: '3a', key: 'F1' }], actions: { F9: 'recall' } }).success).toBe(false);
  });
});

describe('node-hid backend', () => {
  it('maps a native load failure (no libusb) to HidUnavailableError', async () => {
    const backend = new NodeHidBackend(async () => {
      throw Object.assign(new Error('libusb-1.0.so.0: cannot open shared object file: No such file or directory'), { code: 'ERR_DLOPEN_FAILED' });
    });
    await expect(backend.list()).rejects.toBeInstanceOf(HidUnavailableError);
    await expect(backend.list()).rejects.toThrow(/libusb-1.0-0/);
  });

  it('lists devices on this machine through the real module without crashing', async () => {
    vi.useRealTimers();
    const devices = await new NodeHidBackend().list().catch((error: unknown) => error);
    expect(Array.isArray(devices) || devices instanceof HidUnavailableError).toBe(true);
  });
});
