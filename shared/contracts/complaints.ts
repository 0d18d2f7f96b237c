/**
 * The complaints (pengaduan) contract: kiosk and counter filing, anonymous suggestions, the public
 * lookup by reference + check code, the complaint unit's console, branch closures.
 * Nothing here is published on GET /api/events: complaint changes reach officers only through
 * the staff routes (complaintEventPayloads describes the staff console's change feed).
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/timezone.ts';
import { DAY_KINDS } from '../calendar/holidays.ts';
import { checkDescription, checkEmail, checkKpj, checkName, checkNik, checkPhone, type Check } from '../complaints/identity.ts';
import { COMPLAINT_ACTIONS, COMPLAINT_STATUSES } from '../complaints/lifecycle.ts';
import { defineRoutes } from './route-contract.ts';

/** A zod string field checked by one of the identity checks, its message in Indonesian. */
const checked = (check: (raw: string) => Check, required: string) =>
  z.string({ error: required }).max(2000, 'terlalu panjang').transform((raw, ctx) => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });

export const COMPLAINT_CHANNELS = ['kiosk', 'counter', 'phone', 'email', 'social_media', 'mass_media', 'external', 'letter', 'website', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const reporterSchema = z.object(
  {
    name: checked(checkName, 'nama lengkap wajib diisi'),
    nik: checked(checkNik, 'NIK wajib diisi'),
    kpj: checked(checkKpj, 'KPJ harus teks').optional(),
    phone: checked(checkPhone, 'nomor HP wajib diisi'),
    email: checked(checkEmail, 'e-mail harus teks').optional(),
  },
  { error: 'identitas pelapor wajib diisi (Pasal 10 ayat 1)' },
);

const categoryId = z.string({ error: 'kategori wajib dipilih' }).regex(/^[a-z0-9-]{1,40}$/, 'kategori tidak dikenal');
const ticketNumber = z.string().trim().toUpperCase().regex(/^[A-Z]-?\d{1,4}$/, 'nomor antrean seperti A-012');

export const createComplaintBodySchema = z.object(
  {
    reporter: reporterSchema,
    category: categoryId,
    description: checked(checkDescription, 'uraian pengaduan wajib diisi'),
    occurredAt: z.string().refine((v) => isIsoDate(v) || !Number.isNaN(Date.parse(v)), 'tanggal kejadian tidak valid').optional(),
    place: z.string().trim().max(200, 'tempat kejadian maksimal 200 karakter').optional(),
    ticketNumber: ticketNumber.optional(),
    channel: z.enum(COMPLAINT_CHANNELS, { error: 'kanal pengaduan tidak dikenal' }).optional(),
    consent: z.literal(true, { error: 'persetujuan pengolahan data wajib diberikan' }),
  },
  { error: 'isi harus {reporter, category, description, consent}' },
);
export type CreateComplaintBody = z.infer<typeof createComplaintBodySchema>;

export const complaintStatusSchema = z.enum(COMPLAINT_STATUSES);

export const complaintReceiptSchema = z.object({
  complaint: z.object({
    reference: z.string(),
    checkCode: z.string(),
    category: z.string(),
    receivedAt: z.string(),
    dueDate: z.string(),
    status: complaintStatusSchema,
  }),
});
export type ComplaintReceipt = z.infer<typeof complaintReceiptSchema>['complaint'];

export const categoriesResponseSchema = z.object({ categories: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })) });

export const lookupQuerySchema = z.object({
  reference: z.string({ error: 'nomor referensi wajib diisi' }).trim().toUpperCase().regex(/^PGD-\d{8}-\d{3,5}$/, 'nomor referensi seperti PGD-20260428-001'),
  code: z.string({ error: 'kode cek wajib diisi' }).trim().toUpperCase().regex(/^[A-Z0-9]{6}$/, 'kode cek 6 huruf/angka'),
});

export const publicComplaintSchema = z.object({
  complaint: z.object({
    reference: z.string(),
    status: complaintStatusSchema,
    category: z.string(),
    receivedAt: z.string(),
    /** The branch-local dates (YYYY-MM-DD): a phone in another zone shows the branch's day. */
    receivedOn: z.string(),
    closedOn: z.string().nullable(),
    dueDate: z.string().nullable(),
    clock: z.enum(['running', 'paused', 'stopped']),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
  }),
});

export const suggestionBodySchema = z.object({
  text: checked(checkDescription, 'isi saran wajib diisi'),
  category: categoryId.optional(),
}, { error: 'isi harus {text}' });
export const suggestionResponseSchema = z.object({ suggestion: z.object({ id: z.number(), receivedAt: z.string() }) });

export const receiptPrintBodySchema = z.object({ reference: lookupQuerySchema.shape.reference, code: lookupQuerySchema.shape.code, counterId: z.string().max(64).optional() });

export const listQuerySchema = z.object({
  status: z.union([complaintStatusSchema, z.literal('open')]).optional(),
  category: categoryId.optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  officer: z.string().max(64).optional(),
  q: z.string().trim().max(40).optional(),
});

export const complaintListItemSchema = z.object({
  reference: z.string(),
  status: complaintStatusSchema,
  category: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  reporterName: z.string(),
  nikMasked: z.string(),
  phoneMasked: z.string(),
  receivedAt: z.string(),
  dueDate: z.string().nullable(),
  leftDays: z.number(),
  warning: z.enum(['none', 'officer', 'head', 'overdue']),
  clock: z.enum(['running', 'paused', 'stopped']),
  assignee: z.string().nullable(),
});
export type ComplaintListItem = z.infer<typeof complaintListItemSchema>;

export const complaintActionBodySchema = z.object({
  action: z.enum(COMPLAINT_ACTIONS).exclude(['auto_close_incomplete'], { error: 'tindakan tidak dikenal' }),
  note: z.string().trim().min(3, 'catatan minimal 3 karakter').max(2000),
  /** coordinate: the unit asked. */
  unit: z.string().trim().min(2).max(120).optional(),
  /** participant_rejects: the reason the participant gives. */
  reason: z.string().trim().min(3).max(1000).optional(),
});
export const assignBodySchema = z.object({ officer: z.string().trim().min(1).max(64) });
export const noteBodySchema = z.object({ text: z.string().trim().min(1, 'catatan kosong').max(2000) });
export const linkBodySchema = z.object({ reference: lookupQuerySchema.shape.reference });
export const closureBodySchema = z.object({
  date: z.string().refine(isIsoDate, 'tanggal harus YYYY-MM-DD'),
  name: z.string().trim().min(3).max(120),
  source: z.string().trim().min(3, 'sebutkan dasar penutupan (mis. SE Kepala Cabang)').max(200),
});
export const calendarEntrySchema = z.object({ date: z.string(), kind: z.enum(DAY_KINDS), name: z.string(), source: z.string() });

export const complaintEventPayloads = {
  'complaint.received': z.object({ reference: z.string(), channel: z.enum(COMPLAINT_CHANNELS), category: z.string() }),
  'complaint.status_changed': z.object({ reference: z.string(), from: complaintStatusSchema, to: complaintStatusSchema, by: z.string() }),
  'complaint.warning': z.object({ reference: z.string(), level: z.enum(['officer', 'head', 'overdue']) }),
} as const;

const CONSOLE_ROLES = ['complaint_officer', 'supervisor', 'admin'] as const;
const ok = z.object({ complaint: z.unknown() });

export const complaintRoutes = defineRoutes([
  { method: 'post', path: '/api/complaints', summary: 'Mengajukan pengaduan (Kios-K, CSO di loket, atau pengelola pengaduan untuk kanal lain)', access: 'kiosk', idempotent: true, body: createComplaintBodySchema, responses: { 201: complaintReceiptSchema }, errors: ['complaint.category_unknown'] },
  { method: 'get', path: '/api/complaints/categories', summary: 'Daftar kategori pengaduan', access: 'public', responses: { 200: categoriesResponseSchema } },
  { method: 'get', path: '/api/complaints/lookup', summary: 'Status pengaduan dengan nomor referensi dan kode cek (tanpa data pribadi)', access: 'public', query: lookupQuerySchema, responses: { 200: publicComplaintSchema }, errors: ['complaint.not_found', 'complaint.lookup_rate_limited'] },
  { method: 'post', path: '/api/complaints/receipt', summary: 'Mencetak tanda terima pengaduan di printer Kios-K (atau loket)', access: 'kiosk', body: receiptPrintBodySchema, responses: { 200: z.object({ print: z.unknown() }) }, errors: ['complaint.not_found'] },
  { method: 'post', path: '/api/suggestions', summary: 'Saran dan masukan tanpa identitas (dihitung terpisah dari pengaduan)', access: 'kiosk', idempotent: true, body: suggestionBodySchema, responses: { 201: suggestionResponseSchema } },
  { method: 'get', path: '/api/complaints', summary: 'Daftar pengaduan untuk unit pengaduan (NIK dan HP disamarkan)', access: 'staff', roles: CONSOLE_ROLES, query: listQuerySchema, responses: { 200: z.object({ complaints: z.array(complaintListItemSchema), suggestions: z.number() }) } },
  { method: 'get', path: '/api/complaints/export.csv', summary: 'Ekspor CSV daftar pengaduan', access: 'staff', roles: CONSOLE_ROLES, query: listQuerySchema, responses: { 200: { contentType: 'text/csv', description: 'CSV, UTF-8' } } },
  { method: 'get', path: '/api/complaints/{reference}', summary: 'Rincian pengaduan (dicatat sebagai dibuka)', access: 'staff', roles: CONSOLE_ROLES, responses: { 200: ok }, errors: ['complaint.not_found'] },
  { method: 'post', path: '/api/complaints/{reference}/actions', summary: 'Verifikasi, koordinasi, minta kelengkapan, data lengkap, selesai, tanggapan peserta', access: 'staff', roles: CONSOLE_ROLES, body: complaintActionBodySchema, responses: { 200: ok }, errors: ['complaint.not_found', 'complaint.wrong_state'] },
  { method: 'post', path: '/api/complaints/{reference}/assign', summary: 'Menugaskan pengelola pengaduan', access: 'staff', roles: CONSOLE_ROLES, body: assignBodySchema, responses: { 200: ok }, errors: ['complaint.not_found', 'complaint.officer_unknown'] },
  { method: 'post', path: '/api/complaints/{reference}/notes', summary: 'Menambah catatan pada linimasa', access: 'staff', roles: CONSOLE_ROLES, body: noteBodySchema, responses: { 200: ok }, errors: ['complaint.not_found'] },
  { method: 'post', path: '/api/complaints/{reference}/link', summary: 'Menautkan ke pengaduan serupa (tercatat)', access: 'staff', roles: CONSOLE_ROLES, body: linkBodySchema, responses: { 200: ok }, errors: ['complaint.not_found'] },
  { method: 'get', path: '/api/calendar', summary: 'Kalender hari kerja cabang (libur nasional, cuti bersama, penutupan cabang)', access: 'staff', responses: { 200: z.object({ version: z.string(), entries: z.array(calendarEntrySchema) }) } },
  { method: 'post', path: '/api/calendar/closures', summary: 'Menambah penutupan cabang (administrator)', access: 'staff', roles: ['admin'], body: closureBodySchema, responses: { 201: z.object({ closure: calendarEntrySchema }) } },
] as const);
