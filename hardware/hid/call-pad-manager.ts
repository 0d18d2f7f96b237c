/**
 * Keeps configured call pads connected and turns their key presses into counter actions through
 * an injected callback. Unplug and replug recover by themselves: while any pad is missing, the
 * device list is polled (node-hid has no hot-plug events). A machine without HID support or a
 * pad that is not there gives one clear warning, never a crash, and the server keeps running.
 */
import type { CallPadAction, CallPadConfig } from './call-pad.ts';
import { normaliseReport } from './call-pad.ts';
import { HidUnavailableError, type HidBackend, type HidConnection, type HidDeviceInfo } from './hid-backend.ts';

import type { CallPadState } from '../../shared/contracts/devices.ts';

// The list is part of the wire contract (callpad.status events).
export { CALL_PAD_STATES as PAD_STATES } from '../../shared/contracts/devices.ts';
export type PadState = CallPadState;

export interface CallPadPress {
  padId: string;
  counterId: string;
  key: string;
  action: CallPadAction;
}

export interface CallPadStatus {
  padId: string;
  counterId: string;
  state: PadState;
  path: string | null;
}

export interface CallPadLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface CallPadManagerOptions {
  backend: HidBackend;
  pads: readonly CallPadConfig[];
  onAction: (press: CallPadPress) => void | Promise<void>;
  onStatusChange?: (status: CallPadStatus) => void;
  logger: CallPadLogger;
  /** How often the device list is read while a pad is missing. */
  pollMs?: number;
  /** A second press of the same key within this time is ignored: one visitor per press. */
  debounceMs?: number;
  now?: () => number;
}

interface PadSlot {
  config: CallPadConfig;
  keyByReport: Map<string, string>;
  state: PadState;
  path: string | null;
  connection: HidConnection | null;
  lastPress: { key: string; at: number } | null;
  warnedMissing: boolean;
}

export class CallPadManager {
  private readonly slots: PadSlot[];
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private polling: Promise<void> | null = null;
  private warnedUnavailable = false;
  private readonly pollMs: number;
  private readonly debounceMs: number;
  private readonly now: () => number;

  constructor(private readonly options: CallPadManagerOptions) {
    this.pollMs = options.pollMs ?? 2000;
    this.debounceMs = options.debounceMs ?? 400;
    this.now = options.now ?? Date.now;
    this.slots = options.pads.map((config) => ({
      config,
      keyByReport: new Map(config.keys.map((k) => [k.report, k.key])),
      state: 'disconnected',
      path: null,
      connection: null,
      lastPress: null,
      warnedMissing: false,
    }));
  }

  status(): CallPadStatus[] {
    return this.slots.map((s) => ({ padId: s.config.id, counterId: s.config.counterId, state: s.state, path: s.path }));
  }

  /** Starts connecting; resolves after the first scan so callers can log what was found. */
  async start(): Promise<void> {
    if (this.running || this.slots.length === 0) return;
    this.running = true;
    await this.poll();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.polling;
    await Promise.all(this.slots.map((slot) => this.disconnect(slot, 'disconnected')));
  }

  private setState(slot: PadSlot, state: PadState, path: string | null): void {
    if (slot.state === state && slot.path === path) return;
    slot.state = state;
    slot.path = path;
    this.options.onStatusChange?.({ padId: slot.config.id, counterId: slot.config.counterId, state, path });
  }

  private schedule(): void {
    if (!this.running || this.timer) return;
    if (this.slots.every((s) => s.state === 'connected')) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll();
    }, this.pollMs);
  }

  private poll(): Promise<void> {
    this.polling ??= this.scan().finally(() => {
      this.polling = null;
      this.schedule();
    });
    return this.polling;
  }

  private async scan(): Promise<void> {
    let devices: HidDeviceInfo[];
    try {
      devices = await this.options.backend.list();
    } catch (error) {
      const unavailable = error instanceof HidUnavailableError;
      if (unavailable && !this.warnedUnavailable) {
        this.warnedUnavailable = true;
        this.options.logger.warn(`Tombol panggil USB tidak dapat dipakai: ${error.message}. Server tetap berjalan; loket memakai tombol di layar.`);
      } else if (!unavailable) this.options.logger.warn(`Gagal membaca daftar perangkat USB: ${error instanceof Error ? error.message : String(error)}`);
      for (const slot of this.slots) if (slot.state !== 'connected') this.setState(slot, unavailable ? 'unavailable' : 'disconnected', null);
      return;
    }
    if (this.warnedUnavailable) {
      this.warnedUnavailable = false;
      this.options.logger.info('USB HID tersedia kembali.');
    }
    const claimed = new Set(this.slots.flatMap((s) => (s.path ? [s.path] : [])));
    for (const slot of this.slots) {
      if (!this.running || slot.state === 'connected') continue;
      const { vendorId, productId, serialNumber } = slot.config;
      const match = devices.find((d) => d.vendorId === vendorId && d.productId === productId && !claimed.has(d.path) && (serialNumber === undefined || d.serialNumber === serialNumber));
      if (!match) {
        this.setState(slot, 'disconnected', null);
        if (!slot.warnedMissing) {
          slot.warnedMissing = true;
          this.options.logger.warn(`Tombol panggil "${slot.config.id}" (loket ${slot.config.counterId}, USB ${hex4(vendorId)}:${hex4(productId)}) tidak terpasang; menunggu dicolokkan.`);
        }
        continue;
      }
      claimed.add(match.path);
      await this.connect(slot, match.path);
    }
  }

  private async connect(slot: PadSlot, path: string): Promise<void> {
    let connection: HidConnection;
    try {
      connection = await this.options.backend.open(path);
    } catch (error) {
      this.options.logger.warn(`Tombol panggil "${slot.config.id}" tidak dapat dibuka (${error instanceof Error ? error.message : String(error)}); periksa izin udev.`);
      return;
    }
    if (!this.running) {
      await connection.close();
      return;
    }
    slot.connection = connection;
    slot.warnedMissing = false;
    connection.onData((report) => this.handleReport(slot, report));
    connection.onError((error) => {
      // node-hid's only sign of an unplug: an error, and no close event.
      if (slot.connection !== connection) return;
      this.options.logger.warn(`Tombol panggil "${slot.config.id}" terputus: ${error.message}`);
      void this.disconnect(slot, 'disconnected').then(() => this.schedule());
    });
    this.setState(slot, 'connected', path);
    this.options.logger.info(`Tombol panggil "${slot.config.id}" tersambung untuk loket ${slot.config.counterId}.`);
  }

  private async disconnect(slot: PadSlot, state: PadState): Promise<void> {
    const connection = slot.connection;
    slot.connection = null;
    slot.lastPress = null;
    if (connection) await connection.close().catch(() => undefined);
    this.setState(slot, state, null);
  }

  private handleReport(slot: PadSlot, report: Uint8Array): void {
    const normalised = normaliseReport(report);
    // All zeros is "keys released". A quick double tap still only counts once (debounce below).
    if (normalised === '') return;
    const key = slot.keyByReport.get(normalised);
    if (key === undefined) return;
    const action = slot.config.actions[key];
    if (action === undefined) return;
    const at = this.now();
    if (slot.lastPress && slot.lastPress.key === key && at - slot.lastPress.at < this.debounceMs) return;
    slot.lastPress = { key, at };
    const press: CallPadPress = { padId: slot.config.id, counterId: slot.config.counterId, key, action };
    try {
      void Promise.resolve(this.options.onAction(press)).catch((error: unknown) => this.reportActionFailure(press, error));
    } catch (error) {
      this.reportActionFailure(press, error);
    }
  }

  private reportActionFailure(press: CallPadPress, error: unknown): void {
    this.options.logger.warn(`Aksi "${press.action}" dari tombol "${press.padId}" gagal: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}
