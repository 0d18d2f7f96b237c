/**
 * A fake ESC/POS network printer on TCP, for tests and for `npm run printer:sim`. It answers the
 * status queries from a scenario table (the DLE EOT / GS r replies decoded in ../status.ts), renders every job it
 * receives to PNG, and can misbehave the ways real printers do: paper out, cover open, offline,
 * slow, deaf to status queries, cable pulled mid-job (silence) and connection dropped mid-job.
 * Like most real ones it accepts a single connection at a time.
 */
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { PaperWidth } from '../../../shared/print/document.ts';
import { decodeEscPos, type EscPosCommand } from '../decode.ts';
import { renderCommands } from '../preview.ts';

export const SIM_SCENARIOS = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'slow', 'ignores-status', 'cable-pulled', 'drops-mid-job'] as const;
export type SimScenario = (typeof SIM_SCENARIOS)[number];

interface Replies {
  /** DLE EOT n -> byte, or undefined for silence. */
  dleEot: Partial<Record<number, number>>;
  /** GS r 1 -> byte; undefined when offline (a real printer does not execute GS r then). */
  gsR: number | undefined;
  prints: boolean;
}

const READY: Replies = { dleEot: { 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12 }, gsR: 0x00, prints: true };

export const SCENARIO_REPLIES: Record<SimScenario, Replies> = {
  ready: READY,
  'paper-near-end': { dleEot: { 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1e }, gsR: 0x03, prints: true },
  'paper-out': { dleEot: { 1: 0x1a, 2: 0x32, 3: 0x12, 4: 0x72 }, gsR: undefined, prints: false },
  'cover-open': { dleEot: { 1: 0x1a, 2: 0x16, 3: 0x12, 4: 0x12 }, gsR: undefined, prints: false },
  offline: { dleEot: { 1: 0x1a, 2: 0x12, 3: 0x52, 4: 0x12 }, gsR: undefined, prints: false },
  slow: READY,
  'ignores-status': { dleEot: {}, gsR: undefined, prints: true },
  'cable-pulled': READY,
  'drops-mid-job': READY,
};

export interface SimJob {
  index: number;
  bytes: Uint8Array;
  /** The scenario's printer would have put this on paper (fully or, mid-job failures, partly). */
  printed: boolean;
  complete: boolean;
  scenario: SimScenario;
  pngPath: string | null;
}

export interface FakePrinterOptions {
  host?: string;
  port?: number;
  scenario?: SimScenario;
  paper?: PaperWidth;
  /** Where to write job-NNNN.bin/.png; nothing is written when absent. */
  outputDir?: string;
  /** slow: pause this long after every chunk received, and before answering GS r. */
  slowMs?: number;
  /** cable-pulled / drops-mid-job: fail after this many bytes of job data. */
  failAfterBytes?: number;
}

const hasContent = (commands: readonly EscPosCommand[]): boolean => commands.some((c) => c.type === 'text' || c.type === 'qr-print');

export class FakeNetworkPrinter extends EventEmitter<{ job: [SimJob] }> {
  readonly jobs: SimJob[] = [];
  scenario: SimScenario;
  /** Most connections served at once (never above 1), and newcomers dropped because it was busy. */
  peakConnections = 0;
  refusedConnections = 0;
  private readonly server: Server;
  /** Connections that hold the printer (a "dead" one after a pulled cable no longer does). */
  private readonly active = new Set<Socket>();
  private readonly everySocket = new Set<Socket>();
  private timers = new Set<NodeJS.Timeout>();

  private constructor(private readonly options: FakePrinterOptions) {
    super();
    this.scenario = options.scenario ?? 'ready';
    this.server = createServer((socket) => this.accept(socket));
  }

  static async start(options: FakePrinterOptions = {}): Promise<FakeNetworkPrinter> {
    const printer = new FakeNetworkPrinter(options);
    await new Promise<void>((resolve, reject) => {
      printer.server.once('error', reject);
      printer.server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    return printer;
  }

  get port(): number {
    const address: AddressInfo | string | null = this.server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  /** The next job to finish, for tests. */
  nextJob(): Promise<SimJob> {
    return new Promise((resolve) => this.once('job', resolve));
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  private accept(socket: Socket): void {
    this.everySocket.add(socket);
    socket.on('close', () => this.everySocket.delete(socket));
    if (this.active.size >= 1) {
      // Busy: like a real single-connection printer, drop the newcomer.
      this.refusedConnections++;
      socket.destroy();
      return;
    }
    this.active.add(socket);
    this.peakConnections = Math.max(this.peakConnections, this.active.size);
    const scenario = this.scenario;
    const replies = SCENARIO_REPLIES[scenario];
    const slowMs = this.options.slowMs ?? 200;
    const failAfter = this.options.failAfterBytes ?? 200;
    const received: Buffer[] = [];
    const commands: EscPosCommand[] = [];
    let pending: Buffer = Buffer.alloc(0);
    let jobBytes = 0;
    let dead = false;
    let finished = false;

    const finish = (): void => {
      if (finished) return;
      finished = true;
      this.active.delete(socket);
      if (!hasContent(commands)) return;
      const complete = commands.some((c) => c.type === 'cut') || (commands.at(-1)?.type === 'paper-status-query');
      void this.storeJob(Buffer.concat(received), commands, replies.prints, complete, scenario);
    };
    socket.on('close', finish);
    // The client's FIN ends the job; waiting for the full close would hold the printer longer.
    socket.on('end', finish);
    socket.on('error', () => socket.destroy());

    socket.on('data', (chunk: Buffer) => {
      if (dead) return;
      received.push(chunk);
      pending = Buffer.concat([pending, chunk]);
      const decoded = decodeEscPos(pending);
      pending = pending.subarray(decoded.consumed);
      for (const command of decoded.commands) {
        commands.push(command);
        if (command.type === 'status-query') {
          const reply = replies.dleEot[command.n];
          if (reply !== undefined) socket.write(Buffer.from([reply]));
        } else if (command.type === 'paper-status-query') {
          const reply = replies.gsR;
          if (reply !== undefined) this.later(scenario === 'slow' ? slowMs : 0, () => socket.writable && socket.write(Buffer.from([reply])));
        } else {
          jobBytes += command.type === 'text' ? command.text.length : 2;
        }
        if (jobBytes >= failAfter && scenario === 'cable-pulled') {
          // A pulled cable sends nothing: no reset, no more replies; the client must time out.
          dead = true;
          socket.pause();
          finish();
          return;
        }
        if (jobBytes >= failAfter && scenario === 'drops-mid-job') {
          socket.destroy();
          return;
        }
      }
      if (scenario === 'slow') {
        socket.pause();
        this.later(slowMs, () => socket.resume());
      }
    });
  }

  private async storeJob(bytes: Uint8Array, commands: EscPosCommand[], printed: boolean, complete: boolean, scenario: SimScenario): Promise<void> {
    const index = this.jobs.length + 1;
    let pngPath: string | null = null;
    if (this.options.outputDir && printed) {
      try {
        await mkdir(this.options.outputDir, { recursive: true });
        const stem = join(this.options.outputDir, `job-${String(index).padStart(4, '0')}`);
        await writeFile(`${stem}.bin`, bytes);
        await writeFile(`${stem}.png`, renderCommands(commands, { paper: this.options.paper ?? '80mm' }).png);
        pngPath = `${stem}.png`;
      } catch {
        pngPath = null;
      }
    }
    const job: SimJob = { index, bytes, printed, complete, scenario, pngPath };
    this.jobs.push(job);
    this.emit('job', job);
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.everySocket) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
