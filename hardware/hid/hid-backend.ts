/**
 * The port to USB HID devices. node-hid has no plug/unplug events (an unplugged device emits
 * "error" and never "close"), so the manager polls list() while something is missing, and a
 * connection must drop every listener it added when closed.
 */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path: string;
  product?: string | undefined;
  serialNumber?: string | undefined;
}

export interface HidConnection {
  onData(listener: (report: Uint8Array) => void): void;
  onError(listener: (error: Error) => void): void;
  /** Closes the device and removes every listener this connection registered. */
  close(): Promise<void>;
}

export interface HidBackend {
  list(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidConnection>;
}

/** HID cannot work on this machine at all (no libusb, no native binding); not a device problem. */
export class HidUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HidUnavailableError';
  }
}
