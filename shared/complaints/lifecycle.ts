/**
 * Complaint statuses and the only moves between them (Peraturan BPJS Ketenagakerjaan No. 3/2018
 * Pasal 10-11). Each move says what it does to the 5-working-day clock: waiting for the
 * participant's data pauses it (Pasal 10(3)), completed data runs it again, resolution stops it.
 */
export const COMPLAINT_STATUSES = ['diterima', 'diverifikasi', 'dalam_proses', 'menunggu_kelengkapan', 'selesai', 'ditutup_tidak_lengkap', 'dieskalasi'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const OPEN_STATUSES: readonly ComplaintStatus[] = ['diterima', 'diverifikasi', 'dalam_proses', 'menunggu_kelengkapan'];

export const COMPLAINT_ACTIONS = ['verify', 'coordinate', 'request_data', 'data_completed', 'resolve', 'participant_accepts', 'participant_rejects', 'auto_close_incomplete'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** What a timeline entry records: a status move (its action), or one of the other recorded events. */
export const TIMELINE_KINDS = [...COMPLAINT_ACTIONS, 'diterima', 'dibuka', 'assign', 'note', 'link', 'warning_officer', 'warning_head', 'warning_overdue'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type ClockEffect = 'keep' | 'pause' | 'run' | 'stop';

interface Move {
  from: readonly ComplaintStatus[];
  to: ComplaintStatus;
  clock: ClockEffect;
}

export const MOVES: Record<ComplaintAction, Move> = {
  verify: { from: ['diterima'], to: 'diverifikasi', clock: 'keep' },
  // Coordination with another unit is recorded (which unit, what was asked) and may repeat.
  coordinate: { from: ['diverifikasi', 'dalam_proses'], to: 'dalam_proses', clock: 'keep' },
  request_data: { from: ['diterima', 'diverifikasi', 'dalam_proses'], to: 'menunggu_kelengkapan', clock: 'pause' },
  data_completed: { from: ['menunggu_kelengkapan'], to: 'diverifikasi', clock: 'run' },
  resolve: { from: ['diverifikasi', 'dalam_proses'], to: 'selesai', clock: 'stop' },
  participant_accepts: { from: ['selesai'], to: 'selesai', clock: 'keep' },
  // Pasal 11: not accepted -> settled under the laws in force: escalated to the regional office.
  participant_rejects: { from: ['selesai'], to: 'dieskalasi', clock: 'keep' },
  // Pasal 10(4): data not completed within 30 days -> declared finished. Only the server does this.
  auto_close_incomplete: { from: ['menunggu_kelengkapan'], to: 'ditutup_tidak_lengkap', clock: 'stop' },
};

export function nextStatus(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus | null {
  const move = MOVES[action];
  return move.from.includes(status) ? move.to : null;
}

/** The actions an officer may take from a status (the console's buttons). */
export function actionsFrom(status: ComplaintStatus): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => a !== 'auto_close_incomplete' && MOVES[a].from.includes(status));
}

export const isOpen = (status: ComplaintStatus): boolean => OPEN_STATUSES.includes(status);
