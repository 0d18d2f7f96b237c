/**
 * The conversation with an ESC/POS printer over any two-way byte channel (TCP socket, usblp
 * file): ask its status, send the job, then ask GS r 1 and wait for the answer that says the
 * printer has processed everything before it. Shared by the TCP and USB adapters.
 */
import type { PrintAttempt, StatusReport, EscPosTimeouts } from './printer-port.ts';
import { blocksPrinting, conditionFromReplies, dleEot, isPaperStatusReply, PAPER_STATUS_AFTER_JOB, PRINTER_CONDITION_LABEL_ID, STATUS_QUERIES, type PrinterCondition } from './status.ts';

export interface ByteChannel {
  /** Resolves when the bytes have left our process; rejects on error or timeout. */
  write(bytes: Uint8Array, timeoutMs: number): Promise<void>;
  /** The next byte the printer sent, or null if none came in time (or the channel closed). */
  readByte(timeoutMs: number): Promise<number | null>;
  /** False for a one-way channel (usblp without bidirectional support): no status then. */
  readonly canRead: boolean;
  close(): Promise<void>;
}

export class ChannelClosedError extends Error {
  constructor(message = 'sambungan ke printer terputus') {
    super(message);
    this.name = 'ChannelClosedError';
  }
}

/**
 * A single-connection printer closes a new connection while it is still finishing the previous
 * one; that is worth another try after a moment, unlike a refusal or silence.
 */
export const PRINTER_BUSY_REASON = 'printer sibuk (sambungan ditutup sebelum menjawab)';

/** DLE EOT 1, 2, 4. Stops after the first silence: a printer that ignores one ignores them all. */
export async function queryStatusOver(channel: ByteChannel, timeouts: Pick<EscPosTimeouts, 'statusMs' | 'writeMs'>): Promise<{ report: StatusReport; answered: boolean }> {
  if (!channel.canRead) return { report: { condition: 'unknown', detail: 'printer tidak mengirim status (satu arah)' }, answered: false };
  const ask = async (n: number): Promise<number | null> => {
    await channel.write(dleEot(n), timeouts.writeMs);
    return channel.readByte(timeouts.statusMs);
  };
  const printer = await ask(STATUS_QUERIES.printer);
  if (printer === null) return { report: { condition: 'unknown', detail: 'printer tidak menjawab permintaan status' }, answered: false };
  const offlineCause = await ask(STATUS_QUERIES.offlineCause);
  const paper = await ask(STATUS_QUERIES.paper);
  const condition = conditionFromReplies({ printer, offlineCause, paper });
  return { report: condition === 'ok' ? { condition } : { condition, detail: PRINTER_CONDITION_LABEL_ID[condition] }, answered: true };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Status check, job, confirmation. Never throws: every way it can go wrong is an outcome. */
export async function printOver(channel: ByteChannel, bytes: Uint8Array, timeouts: EscPosTimeouts): Promise<PrintAttempt> {
  let before: { report: StatusReport; answered: boolean };
  try {
    before = await queryStatusOver(channel, timeouts);
  } catch (error) {
    // Nothing of the job was sent yet, so this is a clean failure.
    if (error instanceof ChannelClosedError) return { outcome: 'failed', condition: 'offline', reason: PRINTER_BUSY_REASON };
    return { outcome: 'failed', condition: 'offline', reason: `printer tidak menjawab: ${describeError(error)}` };
  }
  const condition: PrinterCondition = before.report.condition;
  if (blocksPrinting(condition)) {
    return { outcome: 'failed', condition, reason: PRINTER_CONDITION_LABEL_ID[condition] };
  }
  try {
    await channel.write(bytes, timeouts.writeMs);
  } catch (error) {
    return { outcome: 'unknown', condition: 'unknown', reason: `pengiriman terputus di tengah cetak: ${describeError(error)}` };
  }
  if (!before.answered) {
    // A printer that ignores status queries will not answer GS r either; the bytes were delivered.
    return { outcome: 'printed', confirmed: false, condition };
  }
  try {
    await channel.write(PAPER_STATUS_AFTER_JOB, timeouts.writeMs);
    const reply = await channel.readByte(timeouts.confirmMs);
    if (reply === null || !isPaperStatusReply(reply)) {
      return { outcome: 'unknown', condition: 'unknown', reason: 'printer tidak mengonfirmasi hasil cetak' };
    }
    const paperEnd = (reply & 0x0c) !== 0;
    const nearEnd = (reply & 0x03) !== 0;
    return { outcome: 'printed', confirmed: true, condition: paperEnd ? 'paper-out' : nearEnd ? 'paper-near-end' : condition };
  } catch (error) {
    return { outcome: 'unknown', condition: 'unknown', reason: `sambungan terputus sebelum konfirmasi: ${describeError(error)}` };
  }
}
