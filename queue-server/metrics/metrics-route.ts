/**
 * GET /metrics in the Prometheus text format, for head office's monitoring: this machine (a local
 * scraper or node exporter textfile job) or a signed-in staff token; nobody else on the branch network.
 */
import { Router } from 'express';
import { backupStatus } from '../backup/backup-dir.ts';
import type { StorageHealth } from '../http/storage-health.ts';
import type { Services } from '../services.ts';
import { ticketFamilies } from './branch-metrics.ts';
import type { HttpLatency } from './http-latency.ts';
import { render, type Family } from './prometheus-text.ts';

export interface MetricsSources {
  latency: HttpLatency;
  health: StorageHealth;
  /** Live event-stream connections. */
  sseClients: () => number;
  backupDir?: string;
  /** Printer health as the print service tracks it (condition 'ok', 'paper_near_end', 'offline' …). */
  printers?: () => readonly { printerId: string; condition: string }[];
  /** Print outcomes per printer (the print service's counts). */
  printOutcomes?: (printerIds: readonly string[]) => Family[];
}

export function metricsRoutes(s: Services, m: MetricsSources): Router {
  const r = Router();
  r.get('/metrics', (_req, res) => {
    const today = s.engine.ticketsOfDay(s.engine.today());
    const readiness = m.health.readiness();
    const families: Family[] = [
      ...ticketFamilies(today, s.config.services.map((x) => x.id)),
      { name: 'kiosk_sse_clients', help: 'Open live event-stream connections (boards, consoles, kiosks).', type: 'gauge', samples: [{ value: m.sseClients() }] },
      { name: 'kiosk_ready', help: '1 when the server can take writes (see /readyz).', type: 'gauge', samples: [{ value: readiness.ready ? 1 : 0 }] },
      ...(readiness.freeBytes === null ? [] : [{ name: 'kiosk_disk_free_bytes', help: 'Free space on the data folder file system.', type: 'gauge' as const, samples: [{ value: readiness.freeBytes }] }]),
      m.latency.family(),
    ];
    if (m.backupDir) {
      const { lastAt } = backupStatus(m.backupDir);
      families.push({
        name: 'kiosk_backup_age_seconds',
        help: 'Age of the newest verified backup; +Inf when there is none.',
        type: 'gauge',
        samples: [{ value: lastAt === null ? Infinity : Math.max(0, (s.now() - lastAt) / 1000) }],
      });
    }
    if (m.printers) {
      const printers = m.printers();
      families.push({
        name: 'kiosk_printer_condition',
        help: 'Printer health: 1 for the condition the printer is in now (ok, paper near end, offline …).',
        type: 'gauge',
        samples: printers.map((p) => ({ labels: { printer: p.printerId, condition: p.condition }, value: 1 })),
      });
      if (m.printOutcomes) families.push(...m.printOutcomes(printers.map((p) => p.printerId)));
    }
    res.type('text/plain; version=0.0.4; charset=utf-8').send(render(families));
  });
  return r;
}
