/**
 * Composition of the hardware side for main.ts: printers (PrintService + staff routes, printer
 * status changes published as "printer.status" events, reprints in the audit trail) and the USB
 * call pads. Kept here so main.ts only needs three lines.
 */
import type { Router } from 'express';
import type { EventPayload } from '../../shared/contracts/events.ts';
import type { IssuedTicketDto } from '../../shared/contracts/tickets.ts';
import { toTicketDto } from '../engine/dto.ts';
import type { CallPadManager } from '../../hardware/hid/call-pad-manager.ts';
import type { BranchFile, ServerConfig } from '../config.ts';
import { startCallPads } from '../devices/call-pads.ts';
import type { Services } from '../services.ts';
import { PrintReprintRepository } from '../store/print-reprint-repository.ts';
import { PrintService } from './print-service.ts';
import { lanBaseUrl, resolveQrBase } from './public-base-url.ts';
import { kioskInfoRoutes } from '../http/routes/kiosk-info.ts';
import { branchHours } from '../branch-hours.ts';
import { printingRoutes } from './printing-routes.ts';
import { printerAdminRoutes } from '../settings/printer-admin-routes.ts';
import { checklistRoutes, loadRequirementLists } from './checklist-routes.ts';

const STOP_WAIT_MS = 2000;

/** A ticket as the kiosk printed it, with its place in line now (what a reprint shows). */
function ticketAsPrinted(s: Services, ticketId: string): IssuedTicketDto {
  const ticket = s.engine.ticket(ticketId);
  return { ...toTicketDto(ticket), ...s.engine.estimateFor(ticket), openCounters: s.engine.openCountersFor(ticket.serviceId) };
}

export interface Hardware {
  printing: PrintService;
  routes: Router[];
  callPads: CallPadManager | null;
  stop(): Promise<void>;
}

/** `file` is the branch file parsed once at start-up (config.ts loadBranchFile). */
export function wireHardware(options: { services: Services; server: ServerConfig; file: BranchFile; log?: (message: string) => void; env?: NodeJS.ProcessEnv }): Hardware {
  const { services: s, server, file } = options;
  const { branch, printing: config, devices } = file;
  // main.ts passes the structured logger; without one (tools, tests) the hardware side is quiet.
  const log = options.log ?? (() => undefined);

  const publish = <K extends 'printer.status' | 'callpad.status'>(type: K, data: EventPayload<K>): void => {
    try {
      s.uow.write(() => s.uow.emit(type, data, s.now()));
    } catch (error) {
      log(`Peristiwa ${type} tidak tersimpan: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const qrBase = resolveQrBase({ configured: config.publicBaseUrl, lan: lanBaseUrl(server.port), allowLoopback: options.env?.PUBLIC_BASE_URL_ALLOW_LOOPBACK === '1' });
  if (qrBase.message) log(qrBase.message);
  const hours = branchHours({ config: branch, calendar: () => s.complaints.calendar(), issueOutsideHours: options.env?.KIOSK_ISSUE_OUTSIDE_HOURS === '1' });
  const printing = new PrintService({
    branch,
    config,
    dataDir: server.dataDir,
    baseUrl: qrBase.url,
    now: s.now,
    log,
    statusKeyOf: (ticketId) => s.surveys.paperKeyOf(ticketId),
    isHoliday: hours.isHoliday,
    onHealthChange: (printer, previous) => {
      log(`Printer ${printer.printerId} (${printer.address}): ${printer.label}${printer.detail && printer.detail !== printer.label ? ` - ${printer.detail}` : ''}`);
      publish('printer.status', { ...printer, previousCondition: previous?.condition ?? null });
    },
    reprintLog: new PrintReprintRepository(s.db),
    onReprint: (record) => {
      s.uow.write(() =>
        s.uow.audit({ at: record.at, actor: record.staff.username, action: 'print.reprint', ticketId: record.ticketId, detail: { jobId: record.jobId, originalJobId: record.originalJobId, printerId: record.printerId, reason: record.reason } }),
      );
    },
  });
  // The administration page's printer settings (stored, so a restart keeps them) over the file's.
  const applyPrinterSettings = (): void => {
    try {
      const changed = printing.applyPrinterSettings(s.config.printers ?? []);
      if (changed.length > 0) log(`Pengaturan printer berlaku: ${changed.join(', ')}`);
    } catch (error) {
      log(`Pengaturan printer tidak dapat diterapkan: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  applyPrinterSettings();
  s.settings.onChange(applyPrinterSettings);
  printing.start();
  s.views.addOverviewExtras(() => ({ printers: printing.printerViews() }));
  const callPads =
    devices.callPads.length > 0
      ? startCallPads({ services: s, pads: devices.callPads, pollSeconds: devices.pollSeconds, log, onStatusChange: (status) => publish('callpad.status', status) })
      : null;

  return {
    printing,
    routes: [
      printingRoutes(printing, (id) => ticketAsPrinted(s, id)),
      printerAdminRoutes(printing, s),
      kioskInfoRoutes({ services: s, qrBaseUrl: qrBase.url, ticketStatusPath: config.ticketStatusPath, branchFilePath: server.branchConfigPath, hours }),
      checklistRoutes(printing, s, loadRequirementLists(undefined, log), s.faq),
    ],
    callPads,
    // Bounded: a job stuck on a printer with a pulled cable must not hold up a restart.
    stop: async () => {
      await Promise.race([Promise.all([printing.stop(), callPads?.stop()]), new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    },
  };
}
