/**
 * POST /api/print/checklist {listId}: the kiosk prints a requirement checklist (e.g. the documents
 * for a JHT claim) from the FAQ's requirement lists (shared/faq/data/requirements.json, produced by
 * the FAQ import). Only the kiosk (this machine or a configured kiosk address) or signed-in staff
 * may print, as for tickets; the items come from our data, never from the request.
 */
import { Router, type Request } from 'express';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Services } from '../services.ts';
import { parseInput } from '../http/errors.ts';
import { userOf } from '../http/staff-auth.ts';
import type { PrintService } from './print-service.ts';

export const REQUIREMENTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/faq/data/requirements.json');

const requirementsSchema = z.object({
  lists: z.array(z.object({ id: z.string().min(1).max(64), title: z.string().min(1).max(200), documents: z.array(z.string().min(1).max(500)).max(60) })).max(100),
});
export type RequirementLists = z.infer<typeof requirementsSchema>['lists'];

/** Reads the lists once; a missing or malformed file means no checklists, not a crash. */
export function loadRequirementLists(path = REQUIREMENTS_FILE, log: (message: string) => void = () => undefined): RequirementLists {
  try {
    return requirementsSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).lists;
  } catch (error) {
    log(`Daftar persyaratan untuk dicetak tidak tersedia (${path}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return [];
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const bodySchema = z.object({ listId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'id daftar tidak valid') });

export function checklistRoutes(printing: PrintService, s: Pick<Services, 'auth' | 'config'>, lists: RequirementLists): Router {
  const r = Router();

  function assertKioskOrStaff(req: Request): void {
    if (userOf(s.auth, req)) return;
    const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    if (LOOPBACK.has(req.socket.remoteAddress ?? '') || s.config.kiosk.allowedAddresses.includes(address)) return;
    throw new AppError('forbidden', 'Daftar persyaratan hanya dapat dicetak melalui Kios-K di kantor cabang.');
  }

  r.get('/api/print/checklists', (_req, res) => {
    res.json({ checklists: lists.map((l) => ({ id: l.id, title: l.title, items: l.documents.length })) });
  });

  r.post('/api/print/checklist', async (req, res) => {
    assertKioskOrStaff(req);
    const { listId } = parseInput(bodySchema, req.body);
    const list = lists.find((l) => l.id === listId);
    if (!list) throw new AppError('not_found', 'Daftar persyaratan tidak ditemukan.');
    const print = await printing.printChecklist({ title: `Persyaratan ${list.title}`, items: list.documents, source: 'Standar pelayanan BPJS Ketenagakerjaan' });
    res.json({ print });
  });

  return r;
}
