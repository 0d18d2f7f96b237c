/**
 * Printers, print jobs and reprints (staff), requirement checklists (the kiosk), and the
 * printer.status event. The condition, state and kind lists live here so the hardware layer and
 * every client read the same values (hardware imports them from here).
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { QUEUE_ROLES } from './auth.ts';
import { faqIdSchema } from './faq-feedback.ts';
import { printOutcomeSchema, ticketParamsSchema } from './tickets.ts';
import { countSchema, idSchema, isoTimeOrNullSchema, isoTimeSchema, text } from './wire.ts';

export const PRINTER_CONDITIONS = ['ok', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'unknown'] as const;
export type PrinterCondition = (typeof PRINTER_CONDITIONS)[number];
export const PRINTER_KINDS = ['tcp', 'usblp', 'simulated'] as const;
export type PrinterKind = (typeof PRINTER_KINDS)[number];
export const JOB_STATES = ['queued', 'printing', 'printed', 'failed', 'unknown'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Printer and print-job ids ("kiosk", "loket-loket-1", "tiket-A-001-…"). */
export const printerIdSchema = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,160}$/, 'id tidak valid'));
export const printIdParamsSchema = z.object({ id: printerIdSchema });

export const printerViewSchema = z.object({
  printerId: text(160),
  condition: z.enum(PRINTER_CONDITIONS),
  detail: z.nullable(text(300)),
  /** Epoch ms of the last status read; 0 before the first. */
  checkedAt: countSchema,
  counterId: z.nullable(idSchema),
  kind: z.enum(PRINTER_KINDS),
  address: text(300),
  /** The condition in Indonesian ("kertas habis"). */
  label: text(120),
  pendingJobs: countSchema,
  /** The paper the printer's documents are laid out on. */
  paperWidth: z.optional(z.enum(['80mm', '58mm'])),
  /** The address as written in the settings ("tcp://10.0.0.5:9100", "simulated"), what the admin page edits. */
  setting: z.optional(text(300)),
});
export type PrinterViewDto = z.infer<typeof printerViewSchema>;

export const printJobViewSchema = z.object({
  id: text(200),
  title: text(200),
  printerId: text(160),
  ticketId: z.nullable(idSchema),
  reprintOf: z.nullable(text(200)),
  state: z.enum(JOB_STATES),
  confirmed: z.boolean(),
  reason: z.nullable(text(300)),
  submittedAt: isoTimeSchema,
  finishedAt: isoTimeOrNullSchema,
  print: printOutcomeSchema,
});

export const reprintRecordSchema = z.object({
  at: countSchema,
  jobId: text(200),
  originalJobId: text(200),
  printerId: text(160),
  ticketId: z.nullable(idSchema),
  staff: z.object({ userId: z.nullable(z.int()), username: text(64) }),
  reason: z.nullable(text(200)),
});

export const reprintBodySchema = z.optional(
  z.object({
    printerId: z.optional(printerIdSchema),
    reason: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  }),
);

export const checklistBodySchema = z.union(
  [z.strictObject({ listId: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'id daftar tidak valid')) }), z.strictObject({ faqId: faqIdSchema })],
  { error: 'kirim {listId} atau {faqId}' },
);

export const printAnswerSchema = z.object({ print: printOutcomeSchema });

export const printingRoutes = defineRoutes([
  { method: 'get', path: '/api/printers', summary: 'Printer kios dan loket dengan kondisinya', access: 'staff', roles: QUEUE_ROLES, responses: { 200: z.object({ printers: z.array(printerViewSchema) }) } },
  {
    method: 'post', path: '/api/printers/{id}/check', summary: 'Periksa kondisi printer sekarang', access: 'staff', roles: QUEUE_ROLES,
    params: printIdParamsSchema, responses: { 200: z.object({ printer: printerViewSchema }) }, errors: ['printer.not_found'],
  },
  {
    method: 'get', path: '/api/print-jobs', summary: 'Cetakan terakhir dan catatan cetak ulang', access: 'staff', roles: QUEUE_ROLES,
    responses: { 200: z.object({ jobs: z.array(printJobViewSchema), reprints: z.array(reprintRecordSchema) }) },
  },
  {
    method: 'get', path: '/api/print-jobs/{id}/preview.png', summary: 'Gambar pratinjau cetakan persis seperti dikirim ke printer', access: 'staff', roles: QUEUE_ROLES,
    params: printIdParamsSchema, responses: { 200: { contentType: 'image/png', description: 'pratinjau kertas' } }, errors: ['print_job.not_found'],
  },
  {
    method: 'post', path: '/api/print-jobs/{id}/reprint', summary: 'Cetak ulang (ditandai CETAK ULANG, dicatat dengan petugasnya)', access: 'staff', roles: QUEUE_ROLES,
    params: printIdParamsSchema, body: reprintBodySchema, responses: { 201: z.object({ job: printJobViewSchema, print: printOutcomeSchema }) }, errors: ['print_job.not_found', 'print.unavailable'],
  },
  {
    method: 'post', path: '/api/tickets/{id}/reprint', summary: 'Cetak ulang tiket pengunjung dari konsol (ditandai CETAK ULANG, dicatat dengan petugasnya)', access: 'staff', roles: QUEUE_ROLES,
    params: ticketParamsSchema, body: reprintBodySchema, responses: { 201: z.object({ job: printJobViewSchema, print: printOutcomeSchema }) }, errors: ['ticket.not_found', 'printer.not_found', 'print.unavailable'],
  },
]);

export const checklistRoutes = defineRoutes([
  {
    method: 'get', path: '/api/print/checklists', summary: 'Daftar persyaratan yang dapat dicetak', access: 'public',
    responses: { 200: z.object({ checklists: z.array(z.object({ id: text(64), title: text(200), items: countSchema })) }) },
  },
  {
    method: 'post', path: '/api/print/checklist', summary: 'Cetak daftar persyaratan {listId} atau dari jawaban FAQ {faqId}', access: 'kiosk',
    body: checklistBodySchema, responses: { 200: printAnswerSchema }, errors: ['faq.unavailable', 'faq.not_found', 'faq.not_checklist'],
  },
]);

export const printingEventPayloads = {
  'printer.status': z.extend(printerViewSchema, { previousCondition: z.nullable(z.enum(PRINTER_CONDITIONS)) }),
} as const;
