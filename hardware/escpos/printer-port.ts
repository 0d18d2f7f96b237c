/**
 * The port the server prints through. Adapters: TCP 9100, Linux usblp device file, simulated.
 * A job either printed, failed before any byte was sent (safe to try again later), or has an
 * unknown outcome (bytes went out, no confirmation came back): that one must not be sent again
 * automatically, or a visitor may get two tickets; a reprint is a staff decision.
 */
import type { PrinterCondition } from './status.ts';

import type { PrinterKind } from '../../shared/contracts/printing.ts';

// The list is part of the wire contract (the staff printer views).
export { PRINTER_KINDS, type PrinterKind } from '../../shared/contracts/printing.ts';

export interface StatusReport {
  condition: PrinterCondition;
  /** Short Indonesian explanation for staff when the condition is not "ok". */
  detail?: string;
}

export interface PrintJobBytes {
  id: string;
  bytes: Uint8Array;
}

export type PrintAttempt =
  | { outcome: 'printed'; confirmed: boolean; condition: PrinterCondition }
  | { outcome: 'failed'; condition: PrinterCondition; reason: string }
  | { outcome: 'unknown'; condition: PrinterCondition; reason: string };

export interface PrinterPort {
  readonly kind: PrinterKind;
  /** Where it prints, for staff ("tcp://10.0.0.5:9100"); no secrets. */
  readonly address: string;
  queryStatus(): Promise<StatusReport>;
  print(job: PrintJobBytes): Promise<PrintAttempt>;
  close(): Promise<void>;
}

export interface EscPosTimeouts {
  connectMs: number;
  /** Per DLE EOT reply; a printer answers these within a few milliseconds or not at all. */
  statusMs: number;
  writeMs: number;
  /** Wait for the GS r 1 reply that says the job was processed. */
  confirmMs: number;
}

/** connectMs fits inside the kiosk's 2.5 s wait: on a branch LAN a live printer connects in milliseconds. */
export const DEFAULT_TIMEOUTS: EscPosTimeouts = { connectMs: 1500, statusMs: 800, writeMs: 10_000, confirmMs: 6000 };
