/** Domain tickets to the shapes that leave the server. The public one never carries the reason. */
import type { PublicTicketDto, TicketDto } from '../../shared/contracts/http.ts';
import type { Ticket } from '../../shared/queue/ticket.ts';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** `lastCalledAt` is the store's (StoredTicket); a bare domain ticket leaves it out. */
export function toTicketDto(t: Ticket & { lastCalledAt?: number | null }): TicketDto {
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    originServiceId: t.originServiceId,
    serviceDay: t.serviceDay,
    fastTrack: t.fastTrack,
    status: t.status,
    issuedAt: new Date(t.issuedAt).toISOString(),
    calledAt: iso(t.calledAt),
    startedAt: iso(t.startedAt),
    finishedAt: iso(t.finishedAt),
    missedAt: iso(t.missedAt),
    counterId: t.counterId,
    recallCount: t.recallCount,
    callRule: t.callRule,
    closedReason: t.closedReason,
    queuedAt: new Date(t.queuedAt).toISOString(),
    lastCalledAt: iso(t.lastCalledAt ?? null),
  };
}

export function toPublicTicket(t: Ticket): PublicTicketDto {
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    status: t.status,
    // A waiting ticket sent to a counter by name is not at that counter yet: the board must not say so.
    counterId: t.status === 'waiting' ? null : t.counterId,
    isFastTrack: t.fastTrack !== null,
    calledAt: iso(t.calledAt),
  };
}
