/**
 * USB call pads at the counters: a configured device (vendor and product id, optionally serial
 * number when two identical pads are used) whose input reports map to keys, and keys to a counter
 * action. Configuration is untrusted input: parsed with zod, report bytes as hex.
 */
import { z } from 'zod';

export const CALL_PAD_ACTIONS = ['call-next', 'recall', 'start', 'finish', 'no-show'] as const;
export type CallPadAction = (typeof CALL_PAD_ACTIONS)[number];

export const CALL_PAD_ACTION_LABEL_ID: Record<CallPadAction, string> = {
  'call-next': 'panggil berikutnya',
  recall: 'panggil ulang',
  start: 'mulai layani',
  finish: 'selesai',
  'no-show': 'tidak hadir',
};

const hexReport = z
  .string()
  .transform((s) => s.replace(/[\s:,-]/g, '').toLowerCase())
  .pipe(z.string().regex(/^([0-9a-f]{2}){1,64}$/, 'laporan HID harus berupa byte heksadesimal, mis. "00 00 3a"'))
  .transform((hex) => normaliseReport(Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16))))
  .refine((hex) => hex.length > 0, 'laporan HID tidak boleh kosong (semua nol adalah "tombol dilepas")');

const usbId = z.number().int().min(0).max(0xffff);

export const callPadConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/),
    counterId: z.string().min(1).max(64),
    vendorId: usbId,
    productId: usbId,
    serialNumber: z.string().min(1).max(128).optional(),
    keys: z.array(z.object({ report: hexReport, key: z.string().min(1).max(32) })).min(1),
    actions: z.record(z.string(), z.enum(CALL_PAD_ACTIONS)),
  })
  .superRefine((pad, ctx) => {
    const keys = new Set(pad.keys.map((k) => k.key));
    for (const key of Object.keys(pad.actions)) if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['actions', key], message: `tombol "${key}" tidak ada di daftar keys` });
  });

export type CallPadConfig = z.infer<typeof callPadConfigSchema>;

/** Hex of a report without trailing zero bytes, so "00 00 3a 00 00 00 00 00" equals "00 00 3a". */
export function normaliseReport(report: Uint8Array): string {
  let end = report.length;
  while (end > 0 && report[end - 1] === 0) end--;
  return Buffer.from(report.subarray(0, end)).toString('hex');
}
