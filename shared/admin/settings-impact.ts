/**
 * Which settings changes must wait for the next service day. Numbers run per service letter per
 * day, the board and the reports read today's tickets through today's services and counters, and
 * the service day itself follows the time zone. So a change that would renumber or drop tickets
 * already issued today is kept as pending; everything else applies at once. Pure: the caller
 * passes what today looks like.
 */
import type { BranchConfig } from '../contracts/branch-config.ts';
import { TIME_ZONE_LABEL } from '../calendar/timezone.ts';

export interface TodayFacts {
  /** Tickets issued today per service id, and how many of them are still open (waiting, called, serving, missed). */
  ticketsByService: ReadonlyMap<string, { issued: number; open: number }>;
  /** Counters open or paused now, or holding a called or serving ticket. */
  busyCounters: ReadonlySet<string>;
}

/** One Indonesian sentence per change that must wait; empty when everything may apply now. */
export function reasonsToWait(current: BranchConfig, next: BranchConfig, today: TodayFacts): string[] {
  const reasons: string[] = [];
  const issuedToday = [...today.ticketsByService.values()].reduce((n, s) => n + s.issued, 0);
  if (current.branch.timeZone !== next.branch.timeZone && issuedToday > 0) {
    reasons.push(
      `Zona waktu berubah dari ${TIME_ZONE_LABEL[current.branch.timeZone]} ke ${TIME_ZONE_LABEL[next.branch.timeZone]}, ` +
        `sedangkan hari ini sudah ada ${issuedToday} nomor antrean: hari layanan akan bergeser.`,
    );
  }
  const nextServices = new Map(next.services.map((s) => [s.id, s]));
  for (const service of current.services) {
    const facts = today.ticketsByService.get(service.id);
    if (!facts || facts.issued === 0) continue;
    const after = nextServices.get(service.id);
    if (!after) {
      const open = facts.open > 0 ? `, ${facts.open} di antaranya belum selesai` : '';
      reasons.push(`Layanan ${service.name} dihapus, sedangkan hari ini sudah ada ${facts.issued} nomor ${service.prefix}${open}.`);
    } else if (after.prefix !== service.prefix) {
      reasons.push(`Huruf layanan ${service.name} berubah dari ${service.prefix} ke ${after.prefix}, sedangkan hari ini sudah ada ${facts.issued} nomor ${service.prefix}.`);
    }
  }
  const nextCounters = new Set(next.counters.map((c) => c.id));
  for (const counter of current.counters) {
    if (!nextCounters.has(counter.id) && today.busyCounters.has(counter.id)) {
      reasons.push(`${counter.name} dihapus, sedangkan loket itu sedang dibuka atau melayani nomor.`);
    }
  }
  return reasons;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;
const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** "Kamis, 3 Desember 2026" */
export function longDateId(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return `${WEEKDAYS_ID[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
