/**
 * From the events a batch newly stored to the rows of the derived tables. Pure: the ingest
 * writes what this answers. Every merge is order-free (earliest issue and call, latest finish,
 * first resolution), so batches that arrive out of order give the same tables.
 */
import type { OutboxEvent } from '../../shared/contracts/hq-sync.ts';

export interface TicketFact {
  ticketId: string;
  day: string;
  serviceId: string;
  fastTrack: boolean;
  issuedAt: string | null;
  firstCalledAt: string | null;
  finishedAt: string | null;
}

export interface ComplaintFact {
  reference: string;
  category: string | null;
  channel: string | null;
  personHash: string | null;
  receivedAt: string | null;
  resolvedAt: string | null;
}

export interface SurveyFact {
  ticketId: string;
  day: string;
  serviceId: string;
  overall: number | null;
  answers: Record<string, number>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function deriveFacts(events: readonly OutboxEvent[]) {
  const tickets = new Map<string, TicketFact>();
  const complaints = new Map<string, ComplaintFact>();
  const surveys: SurveyFact[] = [];
  const dayCounts = new Map<string, number>();
  for (const e of events) {
    if (e.type !== 'day.sealed') dayCounts.set(`${e.day}\u0000${e.type}`, (dayCounts.get(`${e.day}\u0000${e.type}`) ?? 0) + 1);
    const id = e.entity?.id;
    if (e.type.startsWith('ticket.') && id) {
      const t = tickets.get(id) ?? { ticketId: id, day: e.day, serviceId: str(e.payload.serviceId) ?? '', fastTrack: e.payload.isFastTrack === true, issuedAt: null, firstCalledAt: null, finishedAt: null };
      if (e.type === 'ticket.issued') {
        t.issuedAt = min(t.issuedAt, e.occurredAt);
        t.day = e.day;
        t.serviceId = str(e.payload.serviceId) ?? t.serviceId;
      }
      if (e.type === 'ticket.called') t.firstCalledAt = min(t.firstCalledAt, e.occurredAt);
      if (e.type === 'ticket.finished') t.finishedAt = max(t.finishedAt, e.occurredAt);
      tickets.set(id, t);
    } else if (e.type.startsWith('complaint.') && id) {
      const c = complaints.get(id) ?? { reference: id, category: null, channel: null, personHash: null, receivedAt: null, resolvedAt: null };
      if (e.type === 'complaint.received') {
        c.receivedAt = min(c.receivedAt, e.occurredAt);
        c.category = str(e.payload.category);
        c.channel = str(e.payload.channel);
        c.personHash = str(e.payload.personHash);
      }
      if (e.payload.to === 'selesai') c.resolvedAt = min(c.resolvedAt, e.occurredAt);
      complaints.set(id, c);
    } else if (e.type === 'survey.answered' && id) {
      const answers: Record<string, number> = {};
      const raw = e.payload.answers;
      if (typeof raw === 'object' && raw !== null) for (const [k, v] of Object.entries(raw)) if (typeof v === 'number') answers[k] = v;
      surveys.push({ ticketId: id, day: e.day, serviceId: str(e.payload.serviceId) ?? '', overall: typeof e.payload.overall === 'number' ? e.payload.overall : null, answers });
    }
  }
  return {
    tickets: [...tickets.values()],
    complaints: [...complaints.values()],
    surveys,
    dayCounts: [...dayCounts].map(([k, n]) => {
      const [day = '', type = ''] = k.split('\u0000');
      return { day, type, n };
    }),
  };
}
