/** What the complaint unit's console (officers, Indonesian only) calls channels and timeline entries. */
import type { TimelineKind } from '../complaints/lifecycle.ts';
import type { ComplaintChannel } from '../contracts/complaints.ts';

/** How each channel is named to officers (console, timeline, export). */
export const COMPLAINT_CHANNEL_LABELS = {
  kiosk: 'Kios-K', counter: 'Loket CSO', phone: 'Telepon / contact center', email: 'E-mail', social_media: 'Media sosial', mass_media: 'Media massa',
  external: 'Rujukan pihak eksternal (mis. SP4N-LAPOR!)', letter: 'Surat / SMS', website: 'Situs web', other: 'Kanal lain',
} as const satisfies Record<ComplaintChannel, string>;

/** The console timeline's entries, by the kind the server records. */
export const COMPLAINT_TIMELINE_LABELS = {
  diterima: 'Diterima',
  dibuka: 'Rincian dibuka',
  verify: 'Diverifikasi',
  coordinate: 'Koordinasi dengan unit lain',
  request_data: 'Kelengkapan data diminta (jam hukum dijeda)',
  data_completed: 'Data sudah lengkap (jam hukum berjalan lagi)',
  resolve: 'Diselesaikan',
  participant_accepts: 'Peserta menerima penyelesaian',
  participant_rejects: 'Peserta tidak menerima: dieskalasi ke Kantor Wilayah',
  auto_close_incomplete: 'Ditutup otomatis (data tidak lengkap dalam 30 hari)',
  assign: 'Ditugaskan',
  note: 'Catatan',
  link: 'Ditautkan ke pengaduan serupa',
  warning_officer: 'Peringatan hari kerja ke-3',
  warning_head: 'Peringatan hari kerja ke-4',
  warning_overdue: 'Peringatan: batas terlewati',
} as const satisfies Record<TimelineKind, string>;
