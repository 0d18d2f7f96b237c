/**
 * A USB printer-class device through the Linux kernel driver usblp (/dev/usb/lp0, or a stable
 * udev symlink such as /dev/ticket-printer: lpN numbers can change across boots). No libusb.
 * usblp only supports read() on bidirectional printers (usblp_read returns -EINVAL otherwise), and
 * a read on it blocks a libuv thread until data arrives, so status over USB is opt-in
 * (`bidirectional: true`) and otherwise reported as unknown while printing goes ahead.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { printOver, queryStatusOver, type ByteChannel } from '../byte-channel.ts';
import { DEFAULT_TIMEOUTS, type EscPosTimeouts, type PrintAttempt, type PrinterPort, type PrintJobBytes, type StatusReport } from '../printer-port.ts';

export interface UsbLpPrinterOptions {
  devicePath: string;
  bidirectional?: boolean;
  timeouts?: Partial<EscPosTimeouts>;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

export function usbErrorReason(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return 'printer USB tidak ditemukan (kabel dicabut atau mati)';
    case 'EACCES':
    case 'EPERM':
      return 'tidak ada izin ke printer USB (tambahkan pengguna layanan ke grup lp)';
    case 'EBUSY':
      return 'printer USB sedang dipakai program lain';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

class FileChannel implements ByteChannel {
  constructor(
    private readonly handle: FileHandle,
    readonly canRead: boolean,
  ) {}

  async write(bytes: Uint8Array, timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`printer USB tidak menerima data dalam ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      let offset = 0;
      const writing = (async () => {
        while (offset < bytes.length) offset += (await this.handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
      })();
      await Promise.race([writing, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async readByte(timeoutMs: number): Promise<number | null> {
    if (!this.canRead) return null;
    const buffer = Buffer.alloc(1);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    try {
      const read = this.handle.read(buffer, 0, 1, null).then(({ bytesRead }) => (bytesRead === 1 ? (buffer[0] ?? null) : null));
      return await Promise.race([read, timeout]);
    } catch (error) {
      // EINVAL: the kernel says this printer is not bidirectional.
      if (errorCode(error) === 'EINVAL') return null;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

export class UsbLpPrinter implements PrinterPort {
  readonly kind = 'usblp';
  readonly address: string;
  private readonly timeouts: EscPosTimeouts;

  constructor(private readonly options: UsbLpPrinterOptions) {
    this.address = `usb:${options.devicePath}`;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  private async openChannel(): Promise<FileChannel> {
    const bidirectional = this.options.bidirectional === true;
    // Never O_CREAT: with the printer unplugged, a missing /dev/usb/lp0 must stay missing
    // rather than become a regular file that silently swallows tickets.
    const handle = await open(this.options.devicePath, bidirectional ? constants.O_RDWR : constants.O_WRONLY | constants.O_APPEND);
    return new FileChannel(handle, bidirectional);
  }

  async queryStatus(): Promise<StatusReport> {
    let channel: FileChannel;
    try {
      channel = await this.openChannel();
    } catch (error) {
      return { condition: 'offline', detail: usbErrorReason(error) };
    }
    try {
      return (await queryStatusOver(channel, this.timeouts)).report;
    } catch (error) {
      return { condition: 'offline', detail: usbErrorReason(error) };
    } finally {
      await channel.close();
    }
  }

  async print(job: PrintJobBytes): Promise<PrintAttempt> {
    let channel: FileChannel;
    try {
      channel = await this.openChannel();
    } catch (error) {
      return { outcome: 'failed', condition: 'offline', reason: usbErrorReason(error) };
    }
    try {
      return await printOver(channel, job.bytes, this.timeouts);
    } finally {
      await channel.close();
    }
  }

  async close(): Promise<void> {}
}
