/**
 * The console's waiting list in the order this counter will call it, with why: the same pure
 * policy code that call-next runs (shared/queue/policy.ts callOrder), fed with the day's tickets,
 * the counter's run of fast-track calls and the branch's limits from the overview.
 */
import type { ServiceDto, TicketDto } from '../../shared/contracts/index.ts';
import { CALL_RULE_LABEL_ID, OFFICER_TEXT_ID } from '../../shared/i18n/officers-id.ts';
import { callOrder, DEFAULT_FAST_TRACK_POLICY, nextConsecutiveFastTrack, type Candidate, type FastTrackPolicy } from '../../shared/queue/policy.ts';
import type { CallRule } from '../../shared/queue/ticket.ts';
import { FAST_TRACK_LABEL, minutesSince } from './view.ts';

export interface CallOrderRow {
  ticket: TicketDto;
  rule: CallRule;
  /** "Prioritas · Lansia", "Urutan kedatangan" … */
  label: string;
  /** Extra reasons: "sudah menunggu 47 menit (batas 45 menit), didahulukan", "kembali setelah tidak hadir". */
  why: string[];
  waitedMinutes: number;
}

interface TicketCandidate extends Candidate {
  dto: TicketDto;
}

/** The day's sequence from "A-012" (the tie-break after the place in line). */
const seqOf = (number: string): number => Number(/(\d+)$/.exec(number)?.[1] ?? 0);
const queuedAtOf = (t: TicketDto): number => Date.parse(t.queuedAt ?? t.issuedAt);

export function waitingInCallOrder(input: {
  tickets: readonly TicketDto[];
  counterId: string;
  serviceIds: readonly string[];
  services: readonly Pick<ServiceDto, 'id' | 'name'>[];
  consecutiveFastTrack: number;
  policy: FastTrackPolicy | undefined;
  now: number;
}): CallOrderRow[] {
  const policy = input.policy ?? DEFAULT_FAST_TRACK_POLICY;
  const candidate = (dto: TicketDto): TicketCandidate => ({ id: dto.id, seq: seqOf(dto.number), queuedAt: queuedAtOf(dto), fastTrack: dto.fastTrack !== null, dto });
  const waiting = input.tickets.filter((t) => t.status === 'waiting');
  const directed = waiting.filter((t) => t.counterId === input.counterId).map(candidate);
  const line = waiting.filter((t) => t.counterId === null && input.serviceIds.includes(t.serviceId)).map(candidate);
  const order = callOrder({ directed, waiting: line, consecutiveFastTrackCalls: input.consecutiveFastTrack, policy, now: input.now });
  const serviceName = (id: string) => input.services.find((s) => s.id === id)?.name ?? id;
  let run = input.consecutiveFastTrack;
  return order.map(({ ticket: { dto }, rule }, i) => {
    const why: string[] = [];
    const waitedMinutes = minutesSince(dto.queuedAt ?? dto.issuedAt, input.now);
    if (rule === 'normal-wait-limit') why.push(OFFICER_TEXT_ID.waitLimit(waitedMinutes, policy.maxNormalWaitMinutes));
    if (rule === 'normal' && run >= policy.maxConsecutiveFastTrack && order.slice(i + 1).some((d) => d.ticket.fastTrack)) why.push(OFFICER_TEXT_ID.afterFastTrackRun(run));
    if (dto.originServiceId !== dto.serviceId) why.push(OFFICER_TEXT_ID.transferredFrom(serviceName(dto.originServiceId)));
    else if (rule !== 'directed' && dto.lastCalledAt) why.push(OFFICER_TEXT_ID.returnedAfterMissed);
    run = nextConsecutiveFastTrack(run, dto.fastTrack !== null);
    const label = rule === 'fast-track' && dto.fastTrack ? `${CALL_RULE_LABEL_ID[rule]} · ${FAST_TRACK_LABEL[dto.fastTrack]}` : CALL_RULE_LABEL_ID[rule];
    return { ticket: dto, rule, label, why, waitedMinutes };
  });
}
