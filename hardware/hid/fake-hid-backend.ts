/**
 * A HID backend for tests and demos: plug and unplug devices, press keys. Unplug behaves like
 * node-hid: the open connection gets an "error", never a "close". It counts listeners so tests can
 * prove that plug/unplug cycles do not leak them.
 */
import { HidUnavailableError, type HidBackend, type HidConnection, type HidDeviceInfo } from './hid-backend.ts';

interface OpenDevice {
  data: Set<(report: Uint8Array) => void>;
  error: Set<(error: Error) => void>;
}

export class FakeHidBackend implements HidBackend {
  /** False simulates a machine without libusb: list() and open() throw HidUnavailableError. */
  available = true;
  opens = 0;
  closes = 0;
  private readonly devices = new Map<string, HidDeviceInfo>();
  private readonly open_ = new Map<string, Set<OpenDevice>>();

  plug(info: HidDeviceInfo): void {
    this.devices.set(info.path, info);
  }

  unplug(path: string): void {
    this.devices.delete(path);
    for (const device of this.open_.get(path) ?? []) for (const listener of [...device.error]) listener(new Error('could not read from HID device'));
  }

  /** Sends an input report from the device at `path` to whoever has it open. */
  report(path: string, bytes: readonly number[]): void {
    for (const device of this.open_.get(path) ?? []) for (const listener of [...device.data]) listener(new Uint8Array(bytes));
  }

  listenerCount(path?: string): number {
    let count = 0;
    for (const [p, devices] of this.open_) if (path === undefined || p === path) for (const d of devices) count += d.data.size + d.error.size;
    return count;
  }

  async list(): Promise<HidDeviceInfo[]> {
    if (!this.available) throw new HidUnavailableError('libusb-1.0.so.0: cannot open shared object file');
    return [...this.devices.values()];
  }

  async open(path: string): Promise<HidConnection> {
    if (!this.available) throw new HidUnavailableError('libusb-1.0.so.0: cannot open shared object file');
    if (!this.devices.has(path)) throw new Error(`cannot open device with path ${path}`);
    this.opens++;
    const device: OpenDevice = { data: new Set(), error: new Set() };
    const set = this.open_.get(path) ?? new Set<OpenDevice>();
    set.add(device);
    this.open_.set(path, set);
    let closed = false;
    return {
      onData: (listener) => device.data.add(listener),
      onError: (listener) => device.error.add(listener),
      close: async () => {
        if (closed) return;
        closed = true;
        this.closes++;
        device.data.clear();
        device.error.clear();
        set.delete(device);
        if (set.size === 0) this.open_.delete(path);
      },
    };
  }
}
