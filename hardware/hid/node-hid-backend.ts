/**
 * The real backend on node-hid 3. The native module is imported lazily, inside list()/open(), so
 * machines without libusb (node-hid's Linux prebuilds link libusb-1.0.so.0 and libudev.so.1) and
 * test runs never load it; a load failure becomes HidUnavailableError with the fix in the message.
 */
import { HidUnavailableError, type HidBackend, type HidConnection, type HidDeviceInfo } from './hid-backend.ts';

type NodeHidModule = typeof import('node-hid');
export type NodeHidLoader = () => Promise<NodeHidModule>;

// node-hid is CommonJS with plain `exports.x =` assignments, so Node exposes them as named exports.
const defaultLoader: NodeHidLoader = () => import('node-hid');

function isLoadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${'code' in error ? String(error.code) : ''}` : String(error);
  return /ERR_DLOPEN_FAILED|libusb|libudev|cannot open shared object|Cannot find module|No native build/i.test(text);
}

export class NodeHidBackend implements HidBackend {
  private module: NodeHidModule | null = null;

  constructor(private readonly load: NodeHidLoader = defaultLoader) {}

  private async hid(): Promise<NodeHidModule> {
    if (this.module) return this.module;
    try {
      this.module = await this.load();
      return this.module;
    } catch (error) {
      throw new HidUnavailableError(`node-hid tidak dapat dimuat (pasang paket Debian libusb-1.0-0 dan libudev1): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  async list(): Promise<HidDeviceInfo[]> {
    const hid = await this.hid();
    try {
      const devices = await hid.devicesAsync();
      return devices.flatMap((d) => (d.path ? [{ vendorId: d.vendorId, productId: d.productId, path: d.path, product: d.product, serialNumber: d.serialNumber }] : []));
    } catch (error) {
      // The binding itself loads on first use: a missing libusb shows up here, not at import.
      if (isLoadFailure(error)) throw new HidUnavailableError(`USB HID tidak tersedia (pasang libusb-1.0-0): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      throw error;
    }
  }

  async open(path: string): Promise<HidConnection> {
    const hid = await this.hid();
    const device = await hid.HIDAsync.open(path, { nonExclusive: true });
    const dataListeners: Array<(data: Buffer) => void> = [];
    const errorListeners: Array<(error: Error) => void> = [];
    return {
      onData: (listener) => {
        const wrapped = (data: Buffer): void => listener(new Uint8Array(data));
        dataListeners.push(wrapped);
        device.on('data', wrapped);
      },
      onError: (listener) => {
        errorListeners.push(listener);
        device.on('error', listener);
      },
      close: async () => {
        for (const listener of dataListeners.splice(0)) device.removeListener('data', listener);
        for (const listener of errorListeners.splice(0)) device.removeListener('error', listener);
        // After an unplug node-hid may throw on close; the device is gone either way.
        await device.close().catch(() => undefined);
      },
    };
  }
}
