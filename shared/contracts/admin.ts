/**
 * The administration page's wire contract: the branch settings kept in the database, changed one
 * section at a time. A change that would renumber or drop today's tickets (a service letter, a
 * service or counter removed while it has tickets, the time zone) is kept as pending and applied at
 * the start of the next service day; the answer says so. Every message is in Indonesian.
 */
import { z } from './zod.ts';
import { defineRoutes } from './route-contract.ts';
import { branchConfigSchema, counterConfigSchema, printerSettingSchema, serviceConfigSchema } from './branch-config.ts';
import { BRANCH_TIME_ZONES } from '../calendar/timezone.ts';
import { FAST_TRACK_REASONS } from '../queue/ticket.ts';
import { openingHoursSchema } from '../wait/opening-hours.ts';
import { printOutcomeSchema } from './tickets.ts';

export const SETTINGS_SECTIONS = ['branch', 'runningText', 'services', 'counters', 'openingHours', 'queueRules', 'printers'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const SETTINGS_SECTION_LABEL_ID: Record<SettingsSection, string> = {
  branch: 'Data cabang',
  runningText: 'Teks berjalan',
  services: 'Layanan',
  counters: 'Loket',
  openingHours: 'Jam layanan',
  queueRules: 'Aturan prioritas dan panggil ulang',
  printers: 'Printer',
};

const slug = z.string({ error: 'id wajib diisi' }).regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'id: huruf kecil, angka dan tanda hubung (maks. 32)');

export const branchDetailsBodySchema = z.strictObject(
  {
    code: z.string({ error: 'kode cabang wajib diisi' }).trim().min(1, 'kode cabang wajib diisi').max(20, 'kode cabang maksimal 20 karakter'),
    name: z.string({ error: 'nama cabang wajib diisi' }).trim().min(1, 'nama cabang wajib diisi').max(80, 'nama cabang maksimal 80 karakter'),
    timeZone: z.enum(BRANCH_TIME_ZONES, { error: 'zona waktu harus Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)' }),
    address: z.string().trim().max(200, 'alamat maksimal 200 karakter').optional(),
  },
  { error: 'isi harus {code, name, timeZone, address?}' },
);

export const runningTextBodySchema = z.strictObject({ runningText: z.string({ error: 'teks berjalan harus teks' }).max(500, 'teks berjalan maksimal 500 karakter') }, { error: 'isi harus {runningText}' });

const serviceSettingSchema = z.strictObject({
  id: slug,
  prefix: z.string({ error: 'huruf layanan wajib diisi' }).regex(/^[A-Z]$/, 'huruf layanan: satu huruf kapital A-Z'),
  name: z.string({ error: 'nama layanan wajib diisi' }).trim().min(1, 'nama layanan wajib diisi').max(60, 'nama layanan maksimal 60 karakter'),
  description: z.string({ error: 'keterangan layanan wajib diisi' }).trim().min(1, 'keterangan layanan wajib diisi').max(200, 'keterangan maksimal 200 karakter'),
  nameEn: z.string().trim().min(1, 'nama Inggris tidak boleh kosong (hapus bila tidak ada)').max(60, 'nama Inggris maksimal 60 karakter').optional(),
  descriptionEn: z.string().trim().min(1).max(200, 'keterangan Inggris maksimal 200 karakter').optional(),
  defaultServiceMinutes: z.number({ error: 'lama layanan harus angka (menit)' }).positive('lama layanan harus lebih dari 0 menit').max(240, 'lama layanan maksimal 240 menit'),
});

export const servicesBodySchema = z.strictObject(
  {
    services: z.array(serviceSettingSchema, { error: 'services harus daftar layanan' }).min(1, 'cabang harus punya sedikitnya satu layanan').max(26, 'paling banyak 26 layanan (satu huruf masing-masing)'),
    /** Which services each fast-track reason applies to; a reason left out applies to all. */
    reasonServices: z.partialRecord(z.enum(FAST_TRACK_REASONS), z.array(slug)).optional(),
  },
  { error: 'isi harus {services, reasonServices?}' },
);

export const countersBodySchema = z.strictObject(
  {
    counters: z
      .array(
        z.strictObject({
          id: slug,
          name: z.string({ error: 'nama loket wajib diisi' }).trim().min(1, 'nama loket wajib diisi').max(40, 'nama loket maksimal 40 karakter'),
          spokenNumber: z.number({ error: 'nomor panggilan harus angka' }).int('nomor panggilan harus bilangan bulat').min(1, 'nomor panggilan 1-999').max(999, 'nomor panggilan 1-999'),
          serviceIds: z.array(slug).min(1, 'setiap loket melayani sedikitnya satu layanan'),
        }),
        { error: 'counters harus daftar loket' },
      )
      .min(1, 'cabang harus punya sedikitnya satu loket'),
  },
  { error: 'isi harus {counters}' },
);

export const openingHoursBodySchema = z.strictObject({ openingHours: openingHoursSchema }, { error: 'isi harus {openingHours: {days, opens, closes, issueOutsideHours}}' });

const minutes = (what: string, min: number, max: number) => z.number({ error: `${what} harus angka` }).int(`${what} harus bilangan bulat`).min(min, `${what} minimal ${min}`).max(max, `${what} maksimal ${max}`);

export const queueRulesBodySchema = z.strictObject(
  {
    fastTrack: z.strictObject({
      maxNormalWaitMinutes: minutes('batas tunggu antrean biasa (menit)', 1, 600),
      maxConsecutiveFastTrack: minutes('jumlah panggilan prioritas berturut-turut', 1, 50),
    }),
    recall: z.strictObject({
      maxRecalls: minutes('jumlah panggil ulang', 0, 10),
      minIntervalSeconds: minutes('jeda panggil ulang (detik)', 0, 600),
      missedReturnMinutes: minutes('batas kembali nomor terlewat (menit)', 0, 480),
    }),
    targets: z.strictObject({
      waitMinutes: minutes('target waktu tunggu (menit)', 1, 600),
      fastTrackWaitMinutes: minutes('target waktu tunggu prioritas (menit)', 1, 600),
    }),
  },
  { error: 'isi harus {fastTrack, recall, targets}' },
);

/**
 * Printer addresses and paper widths: each entry replaces that printer's setting (others stay);
 * applied at once (printers do not renumber tickets), a job already printing finishes on the old
 * address. The address is checked by the server with the branch file's parser.
 */
export const printersBodySchema = z.strictObject(
  { printers: z.array(z.strictObject(printerSettingSchema.shape), { error: 'printers harus daftar printer' }).min(1, 'sedikitnya satu printer').max(64, 'paling banyak 64 printer') },
  { error: 'isi harus {printers: [{id, address, paperWidth}]}' },
);

export const pendingSettingsSchema = z.object({
  /** The first service day the change applies (YYYY-MM-DD, branch time). */
  effectiveDay: z.string(),
  sections: z.array(z.enum(SETTINGS_SECTIONS)),
  /** Why each change waits, in Indonesian. */
  reasons: z.array(z.string()),
  settings: branchConfigSchema,
  savedAt: z.string(),
  savedBy: z.string(),
});

/** A section's version (README "Administration": two administrators saving the same section). */
export const sectionVersionSchema = z.object({ version: z.number().int().min(0), savedAt: z.string().nullable(), savedBy: z.string().nullable() });
export type SectionVersionDto = z.infer<typeof sectionVersionSchema>;

export const settingsAnswerSchema = z.object({
  settings: branchConfigSchema,
  /** Send a section's `version` back in If-Match when saving it: a save from an older one answers 409 settings.conflict. */
  versions: z.record(z.enum(SETTINGS_SECTIONS), sectionVersionSchema),
  pending: pendingSettingsSchema.nullable(),
  serviceDay: z.string(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});
export type SettingsAnswer = z.infer<typeof settingsAnswerSchema>;

export const settingsChangeAnswerSchema = settingsAnswerSchema.extend({
  applied: z.enum(['now', 'next_service_day']),
  /** "Tersimpan dan berlaku sekarang." or why it waits and from which day. */
  message: z.string(),
});
export type SettingsChangeAnswer = z.infer<typeof settingsChangeAnswerSchema>;

export const branchHealthSchema = z.object({
  backup: z.object({ lastAt: z.string().nullable(), lastFile: z.string().nullable(), count: z.number().int() }),
  disk: z.object({ freeBytes: z.number().nullable() }),
  /** Indonesian sentences the supervisor page shows as warnings; empty when all is well. */
  warnings: z.array(z.string()),
});
export type BranchHealth = z.infer<typeof branchHealthSchema>;

const ADMIN = ['admin'] as const;
const HEADS = ['supervisor', 'admin'] as const;
const SETTINGS_ERRORS = ['settings.invalid', 'settings.conflict'] as const;

const put = <P extends string, B extends z.ZodType>(path: P, summary: string, body: B, roles: typeof ADMIN | typeof HEADS) =>
  ({ method: 'put', path, summary, access: 'staff', roles, body, responses: { 200: settingsChangeAnswerSchema }, errors: SETTINGS_ERRORS }) as const;

export const adminRoutes = defineRoutes([
  { method: 'get', path: '/api/admin/health', summary: 'Cadangan terakhir yang baik dan sisa disk, dengan peringatan bila cadangan lebih dari sehari atau disk hampir penuh', access: 'staff', roles: HEADS, responses: { 200: branchHealthSchema } },
  { method: 'get', path: '/api/admin/settings', summary: 'Pengaturan cabang yang berlaku dan perubahan yang menunggu hari layanan berikutnya', access: 'staff', roles: HEADS, responses: { 200: settingsAnswerSchema } },
  put('/api/admin/settings/branch', 'Ubah data cabang dan zona waktu (zona waktu berlaku mulai hari layanan berikutnya bila hari ini sudah ada nomor)', branchDetailsBodySchema, ADMIN),
  put('/api/admin/settings/running-text', 'Ubah teks berjalan di papan antrean', runningTextBodySchema, HEADS),
  put('/api/admin/settings/services', 'Ubah layanan: huruf, nama Indonesia/Inggris, lama layanan, alasan prioritas per layanan', servicesBodySchema, ADMIN),
  put('/api/admin/settings/counters', 'Ubah loket dan layanan yang dilayani tiap loket', countersBodySchema, ADMIN),
  put('/api/admin/settings/opening-hours', 'Ubah hari dan jam layanan', openingHoursBodySchema, HEADS),
  put('/api/admin/settings/queue-rules', 'Ubah aturan jalur prioritas, panggil ulang dan target waktu tunggu', queueRulesBodySchema, ADMIN),
  put('/api/admin/settings/printers', 'Ubah alamat printer dan lebar kertas (58/80 mm); berlaku sekarang, cetakan yang sedang berjalan selesai di alamat lama', printersBodySchema, ADMIN),
  { method: 'delete', path: '/api/admin/settings/pending', summary: 'Batalkan perubahan yang menunggu hari layanan berikutnya', access: 'staff', roles: ADMIN, responses: { 200: settingsAnswerSchema } },
  {
    method: 'post',
    path: '/api/admin/printers/{id}/test-print',
    summary: 'Cetak uji pada satu printer (nama cabang, waktu, lebar kertas); dicatat di jejak audit',
    access: 'staff',
    roles: HEADS,
    params: z.object({ id: z.string().regex(/^[A-Za-z0-9._-]{1,160}$/, 'id printer tidak valid') }),
    responses: { 200: z.object({ print: printOutcomeSchema }) },
    errors: ['printer.not_found'],
  },
  {
    method: 'get',
    path: '/api/admin/settings/export',
    summary: 'Unduh pengaturan yang berlaku sebagai berkas cabang JSON (bentuk BRANCH_CONFIG)',
    access: 'staff',
    roles: ADMIN,
    responses: { 200: { contentType: 'application/json', description: 'berkas cabang: branch, services, counters, fastTrack, openingHours, recall, targets, kiosk, printing, devices' } },
  },
]);

// Re-exported for the page, which edits these shapes.
export { counterConfigSchema, serviceConfigSchema };
