/** A network printer on raw TCP (port 9100). One connection per job or status query. */
import { ChannelClosedError, PRINTER_BUSY_REASON, printOver, queryStatusOver } from '../byte-channel.ts';
import { DEFAULT_TIMEOUTS, type EscPosTimeouts, type PrintAttempt, type PrinterPort, type PrintJobBytes, type StatusReport } from '../printer-port.ts';
import { TcpChannel } from './tcp-channel.ts';

const BUSY_RETRIES = 3;
const BUSY_RETRY_DELAY_MS = 100;

export interface TcpPrinterOptions {
  host: string;
  port?: number;
  timeouts?: Partial<EscPosTimeouts>;
}

function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ECONNREFUSED') return 'printer menolak sambungan (mati atau port salah)';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'printer tidak terjangkau di jaringan';
  return error instanceof Error ? error.message : String(error);
}

export class TcpPrinter implements PrinterPort {
  readonly kind = 'tcp';
  readonly address: string;
  private readonly host: string;
  private readonly port: number;
  private readonly timeouts: EscPosTimeouts;

  constructor(options: TcpPrinterOptions) {
    this.host = options.host;
    this.port = options.port ?? 9100;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.address = `tcp://${this.host}:${this.port}`;
  }

  private async queryStatusOnce(): Promise<StatusReport> {
    let channel: TcpChannel;
    try {
      channel = await TcpChannel.connect(this.host, this.port, this.timeouts.connectMs);
    } catch (error) {
      return { condition: 'offline', detail: reasonOf(error) };
    }
    try {
      return (await queryStatusOver(channel, this.timeouts)).report;
    } catch (error) {
      return { condition: 'offline', detail: reasonOf(error) };
    } finally {
      await channel.close();
    }
  }

  /** One more look when the printer was busy with the previous connection. */
  async queryStatus(): Promise<StatusReport> {
    const first = await this.queryStatusOnce();
    if (first.condition !== 'offline' || first.detail !== new ChannelClosedError().message) return first;
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_DELAY_MS));
    return this.queryStatusOnce();
  }

  /** Retries only the "busy" case, where provably nothing of the job was sent. */
  async print(job: PrintJobBytes): Promise<PrintAttempt> {
    let attempt = await this.printOnce(job);
    for (let retry = 1; retry <= BUSY_RETRIES && attempt.outcome === 'failed' && attempt.reason === PRINTER_BUSY_REASON; retry++) {
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_DELAY_MS * retry));
      attempt = await this.printOnce(job);
    }
    return attempt;
  }

  private async printOnce(job: PrintJobBytes): Promise<PrintAttempt> {
    let channel: TcpChannel;
    try {
      channel = await TcpChannel.connect(this.host, this.port, this.timeouts.connectMs);
    } catch (error) {
      return { outcome: 'failed', condition: 'offline', reason: reasonOf(error) };
    }
    try {
      return await printOver(channel, job.bytes, this.timeouts);
    } finally {
      await channel.close();
    }
  }

  async close(): Promise<void> {}
}
