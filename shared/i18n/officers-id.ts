/** The officers' console texts that explain the call order (Bahasa Indonesia; officers only). */
import type { CallRule } from '../queue/ticket.ts';

export const CALL_RULE_LABEL_ID: Record<CallRule, string> = {
  directed: 'Dipindahkan ke loket ini',
  'normal-wait-limit': 'Batas tunggu antrean biasa',
  'fast-track': 'Prioritas',
  normal: 'Urutan kedatangan',
  'out-of-order': 'Dipanggil di luar urutan',
};

export const OFFICER_TEXT_ID = {
  next: 'Berikutnya',
  waitLimit: (waited: number, limit: number) => `sudah menunggu ${waited} menit (batas ${limit} menit), didahulukan`,
  afterFastTrackRun: (run: number) => `giliran antrean biasa setelah ${run} panggilan prioritas berturut-turut`,
  returnedAfterMissed: 'kembali setelah tidak hadir',
  transferredFrom: (service: string) => `dipindah dari ${service}`,
  helpTitle: 'Pengunjung minta bantuan',
  helpComing: 'Saya datang',
} as const;

/** "printer tiket kios", "printer Loket 2". */
export const printerName = (counterName: string | null): string => (counterName === null ? 'printer tiket kios' : `printer ${counterName}`);

/**
 * What staff read about a printer that needs a hand; null when it is fine (or not read yet).
 * Near-end comes before the roll runs out, so someone can fetch paper while tickets still print.
 */
export function printerWarning(condition: string, label: string, name: string): string | null {
  switch (condition) {
    case 'paper-near-end':
      return `Kertas ${name} hampir habis: siapkan gulungan baru sebelum habis.`;
    case 'paper-out':
      return `Kertas ${name} habis: tiket tidak tercetak. Ganti gulungan lalu cetak ulang tiket yang gagal.`;
    case 'cover-open':
    case 'offline':
      return `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}: ${label}.`;
    default:
      return null;
  }
}
