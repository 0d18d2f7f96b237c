/**
 * POST /api/print/checklist {listId} | {faqId}: the kiosk prints a requirement checklist (e.g. the
 * documents for a JHT claim) from the FAQ's requirement lists (shared/faq/data/requirements.json,
 * produced by the FAQ import) or from an FAQ answer that lists documents ("Cetak persyaratan" on
 * the kiosk's answer screen; shared/faq/data/faq.json). Only the kiosk (this machine or a
 * configured kiosk address) or signed-in staff may print, as for tickets; the items come from our
 * data, never from the request.
 */
import { Router } from 'express';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { checklistFor, findEntry, type FaqDataset } from '../../shared/faq/index.ts';
import type { Services } from '../services.ts';
import { parseInput } from '../http/errors.ts';
import { lazyFaqDataset } from '../faq/faq-dataset.ts';
import { checklistBodySchema } from '../../shared/contracts/printing.ts';
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

const FAQ_SOURCE = 'Panduan Tanya Jawab BPJS Ketenagakerjaan';

/** The title and items of an FAQ answer that lists documents, or an AppError the kiosk can show. */
function faqChecklist(dataset: FaqDataset | null, faqId: string): { title: string; items: readonly string[] } {
  if (!dataset) throw new AppError({ code: 'faq.unavailable', message: 'Data tanya jawab belum tersedia di server. Silakan tanya petugas.' });
  if (!findEntry(dataset, faqId)) throw new AppError({ code: 'faq.not_found', message: 'Pertanyaan ini tidak ada dalam data tanya jawab.' });
  const checklist = checklistFor(dataset, faqId);
  if (!checklist || checklist.items.length === 0) throw new AppError({ code: 'faq.not_checklist', message: 'Jawaban ini bukan daftar persyaratan, jadi tidak ada yang dicetak.' });
  return checklist;
}

export function checklistRoutes(printing: PrintService, s: Pick<Services, 'auth' | 'config'>, lists: RequirementLists, faq: () => FaqDataset | null = lazyFaqDataset()): Router {
  const r = Router();

  r.get('/api/print/checklists', (_req, res) => {
    res.json({ checklists: lists.map((l) => ({ id: l.id, title: l.title, items: l.documents.length })) });
  });

  r.post('/api/print/checklist', async (req, res) => {
    const body = parseInput(checklistBodySchema, req.body);
    if ('faqId' in body) {
      const checklist = faqChecklist(faq(), body.faqId);
      const print = await printing.printChecklist({ title: checklist.title, items: checklist.items, source: FAQ_SOURCE });
      res.json({ print });
      return;
    }
    const list = lists.find((l) => l.id === body.listId);
    if (!list) throw new AppError({ code: 'faq.not_found', message: 'Daftar persyaratan tidak ditemukan.' });
    const print = await printing.printChecklist({ title: `Persyaratan ${list.title}`, items: list.documents, source: 'Standar pelayanan BPJS Ketenagakerjaan' });
    res.json({ print });
  });

  return r;
}
