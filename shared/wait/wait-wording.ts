/**
 * What a wait estimate may honestly say, in the same words on the kiosk screen, the paper ticket
 * and the phone status page. The number itself comes from shared/queue/estimate.ts (unchanged);
 * this layer only decides how sure we can be and how to say it:
 * - no counter open for the service: say so, and when service starts if we know it, never "soon";
 * - a range rather than a single minute ("sekitar 20-30 menit"), widening with the estimate;
 * - hours and minutes past an hour ("sekitar 2 jam 30 menit - 3 jam 30 menit").
 */
import type { Language } from '../i18n/index.ts';

export interface WaitFacts {
  /** People called before this visitor (or waiting, on the service list). */
  ahead: number;
  /** The numeric estimate from shared/queue (minutes), as the server computed it. */
  estimatedWaitMinutes: number;
  /** Counters open for the service right now (paused and closed ones do not count). */
  openCounters: number;
  /** When service starts ("hari ini pukul 08.00"), outside the opening hours (opening-hours.ts). */
  serviceStartsAt?: string | null;
}

export type WaitRange = { kind: 'no-counter'; startsAt: string | null } | { kind: 'next' } | { kind: 'range'; lowMinutes: number; highMinutes: number };

/** Rounds to a step that matches how sure we are: 5 minutes under an hour, 15 above, 30 above 3 h. */
function step(minutes: number): number {
  if (minutes < 60) return 5;
  if (minutes < 180) return 15;
  return 30;
}

const roundDown = (m: number, s: number) => Math.floor(m / s) * s;
const roundUp = (m: number, s: number) => Math.ceil(m / s) * s;

export function waitRange(facts: WaitFacts): WaitRange {
  if (facts.openCounters <= 0) return { kind: 'no-counter', startsAt: facts.serviceStartsAt ?? null };
  const minutes = Math.max(0, facts.estimatedWaitMinutes);
  if (facts.ahead <= 0 && minutes <= 5) return { kind: 'next' };
  // Service times vary: about a quarter either way, and never narrower than one rounding step.
  const s = step(minutes);
  const low = Math.max(0, roundDown(minutes * 0.75, s));
  const high = Math.max(low + s, roundUp(minutes * 1.25, s));
  return { kind: 'range', lowMinutes: low, highMinutes: high };
}

export function formatDuration(minutes: number, language: Language): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const [hour, minute] = language === 'en' ? [h === 1 ? 'hour' : 'hours', 'min'] : ['jam', 'menit'];
  if (h === 0) return `${m} ${minute}`;
  return m === 0 ? `${h} ${hour}` : `${h} ${hour} ${m} ${minute}`;
}

/** The one sentence about the wait, e.g. "Perkiraan menunggu sekitar 20-30 menit". */
export function waitText(facts: WaitFacts, language: Language): string {
  const range = waitRange(facts);
  const en = language === 'en';
  switch (range.kind) {
    case 'no-counter':
      if (range.startsAt) return en ? `No counter is open yet; service starts ${range.startsAt}` : `Belum ada loket yang buka; layanan mulai ${range.startsAt}`;
      return en ? 'No counter is open for this service right now' : 'Saat ini belum ada loket yang buka untuk layanan ini';
    case 'next':
      return en ? 'You are next in line' : 'Anda berikutnya dipanggil';
    case 'range': {
      const span =
        range.lowMinutes === 0
          ? en
            ? `under ${formatDuration(range.highMinutes, language)}`
            : `kurang dari ${formatDuration(range.highMinutes, language)}`
          : `${en ? 'about' : 'sekitar'} ${formatRangeEnds(range.lowMinutes, range.highMinutes, language)}`;
      return en ? `Estimated wait ${span}` : `Perkiraan menunggu ${span}`;
    }
  }
}

/** "20-30 menit" when both ends are minutes, "1 jam 30 menit - 2 jam" otherwise. */
function formatRangeEnds(low: number, high: number, language: Language): string {
  if (high < 60) return `${low}-${high} ${language === 'en' ? 'min' : 'menit'}`;
  return `${formatDuration(low, language)} - ${formatDuration(high, language)}`;
}

/** "2 orang sebelum Anda": kept beside the wait because it is the one exact fact. */
export function aheadText(ahead: number, language: Language): string {
  if (language === 'en') return ahead === 0 ? 'Nobody ahead of you' : `${ahead} ${ahead === 1 ? 'person' : 'people'} ahead of you`;
  return ahead === 0 ? 'Tidak ada antrean sebelum Anda' : `${ahead} orang sebelum Anda`;
}
