/**
 * The audit trail's wire contract: the catalogue of recorded actions (with the Indonesian label the
 * viewer shows), the viewer's filters and its answers. The trail itself is append-only in the
 * database (queue-server/store/migrations.ts refuses UPDATE and DELETE on it) and holds no personal
 * data of visitors: ticket ids, counter ids, complaint references, staff user names and settings
 * sections, never a name, NIK, phone number, password or free text typed by a visitor.
 */
import { z } from './zod.ts';
import { defineRoutes } from './route-contract.ts';

/** Groups the viewer filters by. */
export const AUDIT_CATEGORIES = ['auth', 'queue', 'counter', 'print', 'complaint', 'settings', 'user', 'device', 'calendar'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

export const AUDIT_CATEGORY_LABEL_ID: Record<AuditCategory, string> = {
  auth: 'Masuk dan keluar',
  queue: 'Antrean',
  counter: 'Loket',
  print: 'Cetak',
  complaint: 'Pengaduan',
  settings: 'Pengaturan',
  user: 'Akun petugas',
  device: 'Perangkat',
  calendar: 'Kalender',
};

/**
 * Known actions. Other engineers add theirs here (one line each); an action missing from the list
 * is still recorded and shown with its raw name, under the category of its first segment.
 */
export const AUDIT_ACTIONS = {
  'auth.login': { category: 'auth', label: 'Masuk' },
  'auth.login_failed': { category: 'auth', label: 'Gagal masuk' },
  'auth.logout': { category: 'auth', label: 'Keluar' },
  issue: { category: 'queue', label: 'Nomor diambil' },
  call: { category: 'queue', label: 'Panggil' },
  'call.out_of_order': { category: 'queue', label: 'Panggil di luar urutan' },
  recall: { category: 'queue', label: 'Panggil ulang' },
  start: { category: 'queue', label: 'Mulai layani' },
  finish: { category: 'queue', label: 'Selesai layani' },
  'no-show': { category: 'queue', label: 'Tidak hadir' },
  return: { category: 'queue', label: 'Kembali ke antrean' },
  transfer: { category: 'queue', label: 'Pindah layanan' },
  cancel: { category: 'queue', label: 'Batal' },
  'counter.release': { category: 'counter', label: 'Loket dilepas' },
  'counter.take_over': { category: 'counter', label: 'Loket diambil alih' },
  'print.reprint': { category: 'print', label: 'Cetak ulang' },
  'print.test': { category: 'print', label: 'Cetak uji' },
  'complaint.received': { category: 'complaint', label: 'Pengaduan diterima' },
  'complaint.opened': { category: 'complaint', label: 'Pengaduan dibuka' },
  'complaint.verify': { category: 'complaint', label: 'Pengaduan diverifikasi' },
  'complaint.coordinate': { category: 'complaint', label: 'Pengaduan dikoordinasikan' },
  'complaint.request_data': { category: 'complaint', label: 'Kelengkapan data diminta' },
  'complaint.data_completed': { category: 'complaint', label: 'Data pengaduan dilengkapi' },
  'complaint.resolve': { category: 'complaint', label: 'Pengaduan diselesaikan' },
  'complaint.participant_accepts': { category: 'complaint', label: 'Peserta menerima tanggapan' },
  'complaint.participant_rejects': { category: 'complaint', label: 'Peserta tidak menerima tanggapan' },
  'complaint.auto_close_incomplete': { category: 'complaint', label: 'Ditutup otomatis (tidak lengkap)' },
  'complaint.assign': { category: 'complaint', label: 'Pengaduan ditugaskan' },
  'complaint.note': { category: 'complaint', label: 'Catatan pengaduan' },
  'complaint.link': { category: 'complaint', label: 'Pengaduan ditautkan' },
  'complaint.warning': { category: 'complaint', label: 'Peringatan batas waktu pengaduan' },
  'suggestion.received': { category: 'complaint', label: 'Saran diterima' },
  'settings.branch': { category: 'settings', label: 'Data cabang diubah' },
  'settings.services': { category: 'settings', label: 'Layanan diubah' },
  'settings.counters': { category: 'settings', label: 'Loket diubah' },
  'settings.opening_hours': { category: 'settings', label: 'Jam layanan diubah' },
  'settings.queue_rules': { category: 'settings', label: 'Aturan prioritas dan panggil ulang diubah' },
  'settings.running_text': { category: 'settings', label: 'Teks berjalan diubah' },
  'settings.printers': { category: 'settings', label: 'Printer diubah' },
  'settings.pending_applied': { category: 'settings', label: 'Perubahan tertunda diterapkan' },
  'settings.pending_cancelled': { category: 'settings', label: 'Perubahan tertunda dibatalkan' },
  'hq_config.applied': { category: 'settings', label: 'Konfigurasi kantor pusat diterapkan' },
  'hq_config.refused': { category: 'settings', label: 'Konfigurasi kantor pusat ditolak' },
  'settings.clock_confirmed': { category: 'settings', label: 'Jam server dikonfirmasi setelah lompatan jam' },
  'user.created': { category: 'user', label: 'Akun dibuat' },
  'user.disable': { category: 'user', label: 'Akun dinonaktifkan' },
  'user.enable': { category: 'user', label: 'Akun diaktifkan' },
  'user.password_reset': { category: 'user', label: 'Sandi diatur ulang' },
  'user.password_change': { category: 'user', label: 'Sandi diganti' },
  'user.role_changed': { category: 'user', label: 'Peran diubah' },
  'user.unlock': { category: 'user', label: 'Kunci masuk dibuka' },
  'user.sessions_revoked': { category: 'user', label: 'Semua sesi diakhiri' },
  'device.paired': { category: 'device', label: 'Perangkat dipasangkan' },
  'device.renamed': { category: 'device', label: 'Perangkat diganti nama' },
  'device.revoked': { category: 'device', label: 'Perangkat dicabut' },
  'calendar.closure': { category: 'calendar', label: 'Penutupan cabang ditambahkan' },
} as const satisfies Record<string, { category: AuditCategory; label: string }>;

export type KnownAuditAction = keyof typeof AUDIT_ACTIONS;

/** The category of any action, known or not: complaint.* under complaint, a bare ticket action under queue. */
export function auditCategoryOf(action: string): AuditCategory | null {
  const known = (AUDIT_ACTIONS as Record<string, { category: AuditCategory } | undefined>)[action];
  if (known) return known.category;
  const head = action.split('.')[0] ?? '';
  if (head === 'suggestion') return 'complaint';
  return (AUDIT_CATEGORIES as readonly string[]).includes(head) ? (head as AuditCategory) : null;
}

export function auditLabelOf(action: string): string {
  const known = (AUDIT_ACTIONS as Record<string, { label: string } | undefined>)[action];
  return known?.label ?? action;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD');
const entityId = (what: string) => z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, `${what} tidak valid`);

export const auditQuerySchema = z.strictObject({
  from: isoDay.optional(),
  to: isoDay.optional(),
  category: z.enum(AUDIT_CATEGORIES, { error: `kategori harus salah satu dari: ${AUDIT_CATEGORIES.join(', ')}` }).optional(),
  action: z.string().regex(/^[a-z_.-]{1,64}$/, 'nama tindakan tidak valid').optional(),
  actor: entityId('nama petugas').optional(),
  ticketId: entityId('id tiket').optional(),
  counterId: entityId('id loket').optional(),
  limit: z.coerce.number({ error: 'batas harus angka' }).int('batas harus bilangan bulat').min(1, 'batas minimal 1').max(1000, 'batas maksimal 1000').optional(),
  /** Entries older than this id (paging back through a long day). */
  before: z.coerce.number({ error: 'before harus angka' }).int('before harus bilangan bulat').min(1).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  label: z.string(),
  category: z.enum(AUDIT_CATEGORIES).nullable(),
  ticketId: z.string().nullable(),
  counterId: z.string().nullable(),
  subject: z.string().nullable(),
  detail: z.unknown(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Older entries exist beyond this page: ask again with before = the last id. */
  more: z.boolean(),
  categories: z.array(z.object({ id: z.enum(AUDIT_CATEGORIES), label: z.string() })),
});
export type AuditList = z.infer<typeof auditListSchema>;

const BRANCH_HEADS = ['supervisor', 'admin'] as const;

export const auditRoutes = defineRoutes([
  {
    method: 'get',
    path: '/api/audit',
    summary: 'Jejak audit tindakan petugas (terbaru dulu) dengan saringan tanggal, kategori, tindakan, petugas, tiket, loket',
    access: 'staff',
    roles: BRANCH_HEADS,
    query: auditQuerySchema,
    responses: { 200: auditListSchema },
  },
  {
    method: 'get',
    path: '/api/audit/export.csv',
    summary: 'Ekspor CSV jejak audit dengan saringan yang sama (tanpa data pribadi)',
    access: 'staff',
    roles: BRANCH_HEADS,
    query: auditQuerySchema,
    responses: { 200: { contentType: 'text/csv', description: 'CSV: waktu, petugas, tindakan, kategori, tiket, loket, subjek, rincian' } },
  },
]);
