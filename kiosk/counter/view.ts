/** What the console shows and allows, derived from server data only (pure, so it is tested). */
import type { CounterState, TicketDto } from '../../shared/contracts/index.ts';
import type { FastTrackReason } from '../../shared/queue/ticket.ts';

export const ACTIONS = ['callNext', 'recall', 'start', 'finish', 'noShow', 'transfer', 'pause', 'resume'] as const;
export type ActionName = (typeof ACTIONS)[number];

/** One key per button, shown on the button. Letters of the Indonesian label where possible. */
export const SHORTCUTS = {
  callNext: 'N',
  recall: 'U',
  start: 'M',
  finish: 'S',
  noShow: 'T',
  transfer: 'P',
  pause: 'J',
  resume: 'L',
} as const satisfies Record<ActionName, string>;

export const ACTION_LABEL: Record<ActionName, string> = {
  callNext: 'Panggil berikutnya',
  recall: 'Panggil ulang',
  start: 'Mulai layani',
  finish: 'Selesai',
  noShow: 'Tidak hadir',
  transfer: 'Pindah layanan',
  pause: 'Jeda',
  resume: 'Lanjutkan',
};

export const FAST_TRACK_LABEL: Record<FastTrackReason, string> = {
  pregnant: 'Ibu hamil',
  disability: 'Penyandang disabilitas',
  elderly: 'Lansia',
  eclaim: 'E-klaim',
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Typing in a field (pause reason, login) must not press buttons. */
  inField: boolean;
}

export function actionForKey(e: KeyPress): ActionName | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.inField || e.key.length !== 1) return null;
  const k = e.key.toUpperCase();
  return ACTIONS.find((a) => SHORTCUTS[a] === k) ?? null;
}

export function currentTicket(tickets: TicketDto[], counterId: string): TicketDto | null {
  return tickets.find((t) => t.counterId === counterId && (t.status === 'called' || t.status === 'serving')) ?? null;
}

/** maxRecalls: the branch's limit (snapshot rules); past it, recall is off and no-show is the way on. */
export function enabledActions(counterState: CounterState, current: TicketDto | null, maxRecalls = Number.POSITIVE_INFINITY): Set<ActionName> {
  const on = new Set<ActionName>();
  if (counterState === 'paused') {
    on.add('resume');
    return on;
  }
  if (counterState !== 'open') return on;
  if (!current) {
    on.add('callNext');
    on.add('pause');
    return on;
  }
  if (current.status === 'called') {
    const actions: ActionName[] = ['start', 'noShow', 'transfer'];
    if (current.recallCount < maxRecalls) actions.push('recall');
    actions.forEach((a) => on.add(a));
  }
  if (current.status === 'serving') ['finish', 'transfer'].forEach((a) => on.add(a as ActionName));
  return on;
}

/** Missed tickets the officer may still bring back: those the server still lists as missed. */
export function returnableMissed(tickets: TicketDto[], missedIds: ReadonlySet<string>, serviceIds: string[]): TicketDto[] {
  return tickets
    .filter((t) => t.status === 'missed' && missedIds.has(t.id) && serviceIds.includes(t.serviceId))
    .sort((a, b) => Date.parse(b.missedAt ?? '') - Date.parse(a.missedAt ?? ''));
}

export function minutesSince(iso: string | null, now: number): number {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((now - t) / 60_000));
}

/** The list with one ticket replaced by the server's newer copy (or added), so the screen follows an answer at once. */
export function upsertTicket(tickets: TicketDto[], t: TicketDto): TicketDto[] {
  return tickets.some((x) => x.id === t.id) ? tickets.map((x) => (x.id === t.id ? t : x)) : [...tickets, t];
}
