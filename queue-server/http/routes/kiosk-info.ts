/** GET /api/kiosk/info and /api/kiosk/logo: the kiosk's branch identity, hours, QR base, fast track. */
import { Router } from 'express';
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fastTrackReasonsFor } from '../../../shared/contracts/branch-config.ts';
import type { KioskInfo } from '../../../shared/contracts/kiosk-floor.ts';
import { hoursText, nextOpeningText, openingStatus } from '../../../shared/wait/opening-hours.ts';
import type { BranchHours } from '../../branch-hours.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Services } from '../../services.ts';

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export interface KioskInfoOptions {
  services: Services;
  qrBaseUrl: string | null;
  /** From the printing section, e.g. /tiket/{id}. */
  ticketStatusPath: string;
  /** The branch file: branch.logoPath is relative to its folder. */
  branchFilePath: string;
  /** The hours with staff's KIOSK_ISSUE_OUTSIDE_HOURS switch and the branch calendar (branch-hours.ts). */
  hours: BranchHours;
}

export function kioskInfoRoutes(o: KioskInfoOptions): Router {
  const r = Router();
  const { config } = o.services;
  const logoFile = config.branch.logoPath ? resolve(dirname(o.branchFilePath), config.branch.logoPath) : null;
  const logoType = logoFile ? LOGO_TYPES[extname(logoFile).toLowerCase()] : undefined;
  const logoServed = logoFile !== null && logoType !== undefined && existsSync(logoFile);
  if (logoFile && !logoServed) console.log(`Logo cabang ${logoFile} tidak ada atau bukan SVG/PNG/WebP/JPEG: Kios-K memakai tanda netral.`);

  r.get('/api/kiosk/info', (_req, res) => {
    const status = openingStatus({ nowMs: o.services.now(), timeZone: config.branch.timeZone, hours: o.hours.hours, isHoliday: o.hours.isHoliday });
    const nextId = nextOpeningText(status.next, 'id');
    const nextEn = nextOpeningText(status.next, 'en');
    const info: KioskInfo = {
      branch: { code: config.branch.code, name: config.branch.name },
      logoUrl: logoServed ? '/api/kiosk/logo' : null,
      ticketStatusUrl: o.qrBaseUrl === null ? null : `${o.qrBaseUrl.replace(/\/+$/, '')}${o.ticketStatusPath}`,
      opening: {
        open: status.open,
        issuing: status.issuing,
        hours: { id: hoursText(status.hours, 'id'), en: hoursText(status.hours, 'en') },
        next: nextId && nextEn ? { id: nextId, en: nextEn } : null,
      },
      services: config.services.map((s) => ({ id: s.id, fastTrackReasons: fastTrackReasonsFor(config, s.id) })),
    };
    res.set('Cache-Control', 'no-store').json(info);
  });

  r.get('/api/kiosk/logo', (_req, res) => {
    if (!logoServed || !logoFile || !logoType) {
      throw new AppError({ code: 'route.not_found', message: 'Cabang ini tidak memasang logo (branch.logoPath).' });
    }
    res.set('Cache-Control', 'public, max-age=300').type(logoType).sendFile(logoFile);
  });
  return r;
}
