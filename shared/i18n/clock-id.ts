/** What the supervisor page says about a clock jump (queue-server/clock/clock-guard.ts). Pure. */
import type { ClockStatus } from '../contracts/clock.ts';

/** "7 menit", "3 jam", "2 hari": the size of a jump, in the largest unit that keeps it readable. */
export function jumpSizeId(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  if (minutes < 120) return `${minutes} menit`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} jam`;
  return `${Math.round(hours / 24)} hari`;
}

const when = (iso: string, timeZone: string) => new Date(iso).toLocaleString('id-ID', { timeZone, dateStyle: 'medium', timeStyle: 'short' });

/** The warning, or null while the server follows the wall clock. */
export function clockWarningId(status: ClockStatus, timeZone: string): string | null {
  if (status.state !== 'jumped' || status.direction === null) return null;
  const way = status.direction === 'forward' ? 'maju' : 'mundur';
  const consequence = status.direction === 'forward'
    ? 'Hari layanan tidak ditutup dan nomor yang menunggu tidak hangus karenanya.'
    : 'Nomor antrean tetap berlanjut dan tidak ada nomor yang terbit dua kali.';
  return `Jam komputer server melompat ${way} ${jumpSizeId(status.offsetMs)} (jam komputer: ${when(status.wallTime, timeZone)}; server tetap memakai ${when(status.serverTime, timeZone)}). ${consequence} Betulkan jam komputer server, atau bila jam komputer kini yang benar, konfirmasi di sini.`;
}
