/**
 * A raw TCP connection to a network printer (port 9100, "JetDirect"). Many printers accept only one
 * connection at a time, which is why the print queue never opens two. A printer whose cable was
 * pulled sends nothing at all (no reset), so every wait here has a timeout.
 */
import { Socket } from 'node:net';
import { ChannelClosedError, type ByteChannel } from '../byte-channel.ts';

export class TcpChannel implements ByteChannel {
  readonly canRead = true;
  private readonly inbox: number[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private failure: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      // Bound what an untrusted peer can make us hold: a printer answers a few bytes at a time.
      if (this.inbox.length < 4096) this.inbox.push(...chunk.subarray(0, 4096 - this.inbox.length));
      this.notify();
    });
    socket.on('error', (error) => {
      this.failure = error;
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
  }

  static connect(host: string, port: number, timeoutMs: number): Promise<TcpChannel> {
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`tidak tersambung dalam ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      });
      socket.connect({ host, port }, () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        socket.setNoDelay(true);
        resolve(new TcpChannel(socket));
      });
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<void> {
    if (this.closed || this.failure || this.socket.destroyed) return Promise.reject(this.failure ?? new ChannelClosedError());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`printer tidak menerima data dalam ${timeoutMs} ms`)), timeoutMs);
      this.socket.write(bytes, (error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      });
    });
  }

  async readByte(timeoutMs: number): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const next = this.inbox.shift();
      if (next !== undefined) return next;
      if (this.failure) throw this.failure;
      if (this.closed) throw new ChannelClosedError();
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = null;
          resolve();
        }, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  close(): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.destroy();
        resolve();
      }, 500);
      this.socket.end(() => {
        clearTimeout(timer);
        this.socket.destroy();
        resolve();
      });
    });
  }
}
