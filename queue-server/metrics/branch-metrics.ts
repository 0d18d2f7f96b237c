/**
 * What /metrics says about the branch's day, read at scrape time from today's tickets (a busy
 * branch has a few thousand; reading them is cheaper than keeping a second copy of the truth).
 * The "today" families start again at each local midnight, which Prometheus reads as a counter reset.
 */
import type { StoredTicket } from '../store/ticket-repository.ts';
import { bucketize, type Family, type Sample } from './prometheus-text.ts';

export const WAIT_BUCKETS_SECONDS = [60, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200] as const;
export const SERVICE_BUCKETS_SECONDS = [60, 180, 300, 600, 900, 1200, 1800, 3600] as const;

function countBy<T>(items: readonly T[], keyOf: (item: T) => Record<string, string> | null): Sample[] {
  const counts = new Map<string, { labels: Record<string, string>; value: number }>();
  for (const item of items) {
    const labels = keyOf(item);
    if (!labels) continue;
    const key = JSON.stringify(labels);
    const entry = counts.get(key) ?? { labels, value: 0 };
    entry.value += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)));
}

export function ticketFamilies(tickets: readonly StoredTicket[], serviceIds: readonly string[]): Family[] {
  // Seconds of each of the service's tickets that have the span, as one histogram series per service.
  const byService = (span: (t: StoredTicket) => number | null, bounds: readonly number[]) =>
    serviceIds.map((serviceId) =>
      bucketize(
        tickets.filter((t) => t.originServiceId === serviceId).map(span).filter((v): v is number => v !== null),
        bounds,
        { service: serviceId },
      ),
    );
  const issued: Sample[] = serviceIds.map((serviceId) => ({ labels: { service: serviceId }, value: tickets.filter((t) => t.originServiceId === serviceId).length }));
  const served: Sample[] = serviceIds.map((serviceId) => ({ labels: { service: serviceId }, value: tickets.filter((t) => t.serviceId === serviceId && t.status === 'done').length }));
  return [
    { name: 'kiosk_tickets_issued_today', help: 'Tickets issued since local midnight, by the service they were issued for.', type: 'gauge', samples: issued },
    { name: 'kiosk_tickets_served_today', help: 'Tickets served to the end since local midnight, by the service that served them.', type: 'gauge', samples: served },
    { name: 'kiosk_tickets_by_status', help: "Today's tickets by current service and status.", type: 'gauge', samples: countBy(tickets, (t) => ({ service: t.serviceId, status: t.status })) },
    { name: 'kiosk_calls_today', help: "Today's first calls by the fast-track rule that chose them.", type: 'gauge', samples: countBy(tickets, (t) => (t.callRule ? { rule: t.callRule } : null)) },
    {
      name: 'kiosk_wait_seconds',
      help: 'From taking the number to the first call, for tickets called today, by service issued for.',
      type: 'histogram',
      series: byService((t) => (t.calledAt === null ? null : (t.calledAt - t.issuedAt) / 1000), WAIT_BUCKETS_SECONDS),
    },
    {
      name: 'kiosk_service_seconds',
      help: 'From the start of service to its end, for visits finished today, by service issued for.',
      type: 'histogram',
      series: byService((t) => (t.startedAt === null || t.finishedAt === null ? null : (t.finishedAt - t.startedAt) / 1000), SERVICE_BUCKETS_SECONDS),
    },
  ];
}
