/**
 * One working day at the branch, played through the server's own services (queue engine, counter
 * service, surveys, complaints) on a simulated clock: visitors arrive with a morning peak, officers
 * open their counters, call, serve, take their break, mark no-shows; some visitors come back,
 * some give up, some are sent to another service; a share answers the survey; a few complain.
 * The caller wraps the day in one transaction (the engine's writes join it).
 */
import { fastTrackReasonsFor, type CounterConfig } from '../../../shared/contracts/branch-config.ts';
import type { FastTrackReason } from '../../../shared/queue/ticket.ts';
import type { SkmAnswers } from '../../../shared/survey/elements.ts';
import type { Actor } from '../../engine/actor.ts';
import type { Services } from '../../services.ts';
import { FaqFeedbackRepository } from '../../store/faq-feedback-repository.ts';
import { FaqUsageRepository } from '../../store/faq-usage-repository.ts';
import { normaliseUsageQuery } from '../../../shared/faq/usage/usage-query.ts';

/** What visitors type that the guide does not answer (the reports' "searches with no useful answer"). */
const DEMO_NO_ANSWER: readonly { query: string; verdict: 'weak' | 'none' }[] = [
  { query: 'ganti nomor hp', verdict: 'weak' },
  { query: 'jam buka hari sabtu', verdict: 'weak' },
  { query: 'ganti nomor hp 081234567890', verdict: 'weak' },
  { query: 'parkir motor dimana', verdict: 'none' },
  { query: 'lupa password jmo', verdict: 'weak' },
  { query: 'wifi kantor', verdict: 'none' },
  { query: 'pinjaman rumah bpjs', verdict: 'weak' },
];
import type { Random } from './random.ts';

export interface SimClock {
  ms: number;
}

export interface Officer {
  counter: CounterConfig;
  actor: Actor;
}

/** Complaint handling steps planned for later days, run when the simulated clock gets there. */
export interface PlannedStep {
  at: number;
  reference: string;
  action: 'verify' | 'request_data' | 'data_completed' | 'resolve' | 'participant_accepts';
}

export interface DayPlan {
  dayStart: number;
  visitors: number;
  /** Working days ahead (epoch ms of their local midnight), for complaint steps. */
  laterDays: readonly number[];
}

type SimEvent =
  | { at: number; kind: 'arrive'; serviceId: string; fastTrack: FastTrackReason | null }
  | { at: number; kind: 'free'; i: number }
  | { at: number; kind: 'start'; i: number; ticketId: string }
  | { at: number; kind: 'end'; i: number; ticketId: string; transferTo: string | null; issuedAt: number }
  | { at: number; kind: 'recall'; i: number; ticketId: string }
  | { at: number; kind: 'no-show'; i: number; ticketId: string; comesBack: boolean }
  | { at: number; kind: 'return'; ticketId: string }
  | { at: number; kind: 'give-up'; ticketId: string }
  | { at: number; kind: 'resume'; i: number }
  | { at: number; kind: 'step'; step: PlannedStep };

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Arrivals per half hour from 08.00 to 15.30: a peak at 09.00-10.30, quieter after the midday break. */
const ARRIVAL_WEIGHTS = [7, 10, 12, 12, 11, 9, 7, 5, 5, 6, 6, 4, 3, 3, 2];
const SERVICE_MIX: readonly (readonly [string, number])[] = [['jht', 42], ['jkk-jkm-jp', 13], ['kepesertaan', 25], ['informasi', 20]];
const FAST_TRACK_MIX: readonly (readonly [FastTrackReason, number])[] = [['eclaim', 55], ['elderly', 25], ['pregnant', 10], ['disability', 10]];
const COMPLAINT_CATEGORIES: readonly (readonly [string, number])[] = [
  ['klaim-jht', 30], ['aplikasi-jmo', 20], ['data-kepesertaan', 15], ['saldo', 10], ['pelayanan', 10], ['informasi', 8], ['iuran', 4], ['lainnya', 3],
];

const OTHER_CHANNELS: readonly (readonly ['phone' | 'email' | 'social_media' | 'website' | 'letter' | 'external', number])[] = [
  ['phone', 35], ['email', 20], ['social_media', 25], ['website', 10], ['letter', 5], ['external', 5],
];
const COMPLAINT_UNIT: Actor = { userId: null, username: 'pengaduan.demo', role: 'complaint_officer' };

class Heap {
  private readonly items: { e: SimEvent; seq: number }[] = [];
  private seq = 0;

  push(e: SimEvent): void {
    const a = this.items;
    a.push({ e, seq: this.seq++ });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): SimEvent | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(l, m)) m = l;
        if (r < a.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top?.e;
  }

  private less(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    if (!a || !b) return false;
    return a.e.at < b.e.at || (a.e.at === b.e.at && a.seq < b.seq);
  }

  private swap(i: number, j: number): void {
    const a = this.items;
    const t = a[i];
    const u = a[j];
    if (t && u) {
      a[i] = u;
      a[j] = t;
    }
  }
}

export interface DayTotals {
  issued: number;
  surveys: number;
  complaints: number;
}

export function simulateDay(s: Services, clock: SimClock, rng: Random, officers: readonly Officer[], plan: DayPlan, steps: PlannedStep[], faqIds: readonly string[]): DayTotals {
  const heap = new Heap();
  const { dayStart } = plan;
  const opens = dayStart + 8 * HOUR;
  const lastNumber = dayStart + 15.5 * HOUR;
  const closesBy = dayStart + 17 * HOUR;
  const totals: DayTotals = { issued: 0, surveys: 0, complaints: 0 };
  const supervisor: Actor = { userId: null, username: 'supervisor.demo', role: 'supervisor' };
  const idle = new Set<number>();
  const breakTaken = officers.map(() => false);
  const breakAt = officers.map((_, i) => dayStart + 11.5 * HOUR + (i % 3) * 30 * MIN + rng.between(-5, 5) * MIN);
  const errand = officers.map(() => (rng.chance(0.25) ? dayStart + rng.between(9, 14.5) * HOUR : null));
  const closed = officers.map(() => false);

  // Arrivals by half hour, Poisson around the day's count.
  const weightSum = ARRIVAL_WEIGHTS.reduce((a, b) => a + b, 0);
  ARRIVAL_WEIGHTS.forEach((w, slot) => {
    const n = rng.poisson((plan.visitors * w) / weightSum);
    for (let k = 0; k < n; k++) {
      const wanted = rng.chance(0.1) ? rng.pick(FAST_TRACK_MIX) : null;
      const serviceId = rng.pick(SERVICE_MIX);
      // A reason the branch does not offer for this service (e-klaim outside JHT) is refused at
      // the kiosk, so such a visitor takes the normal line.
      const fastTrack = wanted !== null && fastTrackReasonsFor(s.config, serviceId).includes(wanted) ? wanted : null;
      heap.push({ at: Math.round(opens + slot * 30 * MIN + rng.next() * 30 * MIN), kind: 'arrive', serviceId, fastTrack });
    }
  });
  officers.forEach((o, i) => {
    clock.ms = Math.round(dayStart + 7.8 * HOUR + rng.next() * 0.3 * HOUR);
    s.counters.open(o.counter.id, o.actor);
    heap.push({ at: Math.max(clock.ms, opens) + rng.between(0, 3) * MIN, kind: 'free', i });
  });
  for (const step of steps.filter((st) => st.at >= dayStart && st.at < dayStart + 24 * HOUR)) heap.push({ at: step.at, kind: 'step', step });

  const wake = (serviceId: string, at: number) => {
    for (const i of idle) {
      if (officers[i]?.counter.serviceIds.includes(serviceId)) {
        idle.delete(i);
        heap.push({ at: at + rng.between(5, 40) * 1000, kind: 'free', i });
      }
    }
  };
  const serviceMinutes = (serviceId: string) => {
    const base = s.config.services.find((sv) => sv.id === serviceId)?.defaultServiceMinutes ?? 10;
    return Math.max(1.5, base * Math.exp(0.45 * rng.normal() - 0.1));
  };

  for (let e = heap.pop(); e; e = heap.pop()) {
    clock.ms = Math.round(e.at);
    const now = clock.ms;
    switch (e.kind) {
      case 'arrive': {
        const issued = s.engine.issue({ serviceId: e.serviceId, fastTrack: e.fastTrack }, { userId: null, username: 'kiosk', role: 'kiosk' });
        totals.issued++;
        // Some visitors give up after a long wait (they ask the officer to cancel, or leave).
        if (rng.chance(0.35)) heap.push({ at: now + rng.between(50, 120) * MIN, kind: 'give-up', ticketId: issued.ticket.id });
        wake(e.serviceId, now);
        if (faqIds.length > 0 && rng.chance(0.04)) {
          const faqId = faqIds[Math.floor(Math.pow(rng.next(), 2.5) * faqIds.length)] ?? faqIds[0] ?? '';
          new FaqFeedbackRepository(s.db).insert(faqId, rng.chance(0.75), now - rng.int(1, 20) * MIN, null);
        }
        // FAQ usage at the kiosk: answers read (popular ones more), now and then a search that found nothing useful.
        if (faqIds.length > 0 && rng.chance(0.15)) {
          const usage = new FaqUsageRepository(s.db);
          for (let i = rng.int(1, 3); i > 0; i--) usage.insertRead(faqIds[Math.floor(Math.pow(rng.next(), 2.5) * faqIds.length)] ?? faqIds[0] ?? '', now - rng.int(1, 20) * MIN, null);
          if (rng.chance(0.15)) {
            const q = DEMO_NO_ANSWER[Math.floor(Math.pow(rng.next(), 1.8) * DEMO_NO_ANSWER.length)] ?? { query: 'ganti nomor hp', verdict: 'weak' as const };
            usage.insertNoAnswer(normaliseUsageQuery(q.query), q.verdict, now - rng.int(1, 20) * MIN, null);
          }
        }
        break;
      }
      case 'free': {
        const o = officers[e.i];
        if (!o || closed[e.i]) break;
        const errandAt = errand[e.i];
        if (!breakTaken[e.i] && now >= (breakAt[e.i] ?? Infinity)) {
          breakTaken[e.i] = true;
          s.counters.pause(o.counter.id, 'Istirahat', o.actor);
          heap.push({ at: now + rng.between(30, 45) * MIN, kind: 'resume', i: e.i });
          break;
        }
        if (errandAt !== null && errandAt !== undefined && now >= errandAt) {
          errand[e.i] = null;
          s.counters.pause(o.counter.id, rng.chance(0.5) ? 'Koordinasi dengan atasan' : 'Ibadah', o.actor);
          heap.push({ at: now + rng.between(8, 20) * MIN, kind: 'resume', i: e.i });
          break;
        }
        const called = s.engine.callNext(o.counter.id, o.actor);
        if (!called) {
          if (now >= lastNumber) {
            closed[e.i] = true;
            s.counters.close(o.counter.id, o.actor);
          } else idle.add(e.i);
          break;
        }
        if (rng.chance(0.05)) heap.push({ at: now + rng.between(25, 40) * 1000, kind: 'recall', i: e.i, ticketId: called.id });
        else heap.push({ at: now + rng.between(20, 120) * 1000, kind: 'start', i: e.i, ticketId: called.id });
        break;
      }
      case 'recall': {
        s.engine.recall(e.ticketId, officers[e.i]?.actor ?? supervisor);
        if (rng.chance(0.5)) heap.push({ at: now + rng.between(20, 60) * 1000, kind: 'start', i: e.i, ticketId: e.ticketId });
        else heap.push({ at: now + rng.between(60, 120) * 1000, kind: 'no-show', i: e.i, ticketId: e.ticketId, comesBack: rng.chance(0.4) });
        break;
      }
      case 'no-show': {
        s.engine.noShow(e.ticketId, officers[e.i]?.actor ?? supervisor);
        if (e.comesBack) heap.push({ at: now + rng.between(5, 45) * MIN, kind: 'return', ticketId: e.ticketId });
        heap.push({ at: now + rng.between(5, 30) * 1000, kind: 'free', i: e.i });
        break;
      }
      case 'return': {
        const t = s.engine.findTicket(e.ticketId);
        if (t?.status === 'missed') {
          s.engine.returnToQueue(e.ticketId, supervisor);
          wake(t.serviceId, now);
        }
        break;
      }
      case 'give-up': {
        const t = s.engine.findTicket(e.ticketId);
        if (t?.status === 'waiting') s.engine.cancel(e.ticketId, supervisor);
        break;
      }
      case 'start': {
        const t = s.engine.start(e.ticketId, officers[e.i]?.actor ?? supervisor);
        const transferTo = rng.chance(0.025) ? (t.serviceId === 'kepesertaan' ? 'informasi' : 'kepesertaan') : null;
        const minutes = transferTo ? rng.between(2, 5) : serviceMinutes(t.serviceId);
        heap.push({ at: now + minutes * MIN, kind: 'end', i: e.i, ticketId: e.ticketId, transferTo, issuedAt: t.issuedAt });
        break;
      }
      case 'end': {
        const o = officers[e.i];
        if (!o) break;
        if (e.transferTo) {
          s.engine.transfer(e.ticketId, e.transferTo, o.actor);
          wake(e.transferTo, now);
        } else {
          s.engine.finish(e.ticketId, o.actor);
          const waited = (now - e.issuedAt) / MIN;
          if (rng.chance(0.3)) {
            answerSurvey(s, e.ticketId, waited, rng);
            totals.surveys++;
          }
          if (rng.chance(0.004)) {
            fileComplaint(s, o, rng, plan.laterDays, steps);
            totals.complaints++;
          }
        }
        heap.push({ at: now + rng.between(10, 60) * 1000, kind: 'free', i: e.i });
        break;
      }
      case 'resume': {
        const o = officers[e.i];
        if (!o) break;
        s.counters.resume(o.counter.id, o.actor);
        heap.push({ at: now, kind: 'free', i: e.i });
        break;
      }
      case 'step': {
        s.complaints.act(e.step.reference, { action: e.step.action, note: 'Ditangani (data demo).' }, 'pengaduan.demo');
        break;
      }
    }
    if (now > closesBy) break;
  }
  // Whoever is still open at the end closes; waiting tickets expire at the next day's first write.
  // An officer still with a visitor finishes them (or marks a called one missed) first, as at a
  // real counter at closing time, so every counter ends its day closed.
  const today = s.engine.ticketsOfDay(s.engine.today());
  officers.forEach((o, i) => {
    if (closed[i]) return;
    const active = today.find((t) => t.counterId === o.counter.id && (t.status === 'called' || t.status === 'serving'));
    if (active?.status === 'serving') s.engine.finish(active.id, o.actor);
    if (active?.status === 'called') s.engine.noShow(active.id, o.actor);
    s.counters.close(o.counter.id, o.actor);
  });
  return totals;
}

function answerSurvey(s: Services, ticketId: string, waitedMinutes: number, rng: Random): void {
  const { token } = s.surveys.finishAnswerOf(ticketId, 'http://demo');
  const base = waitedMinutes > 45 ? 2.4 : waitedMinutes > 30 ? 2.9 : 3.4;
  const score = (shift = 0): 1 | 2 | 3 | 4 => {
    const v = Math.round(base + shift + rng.normal() * 0.55);
    return v <= 1 ? 1 : v === 2 ? 2 : v === 3 ? 3 : 4;
  };
  const answers: SkmAnswers = { u1: score(0.2), u2: score(0.1), u3: score(-0.1), u4: 4, u5: score(0.2), u6: score(0.3), u7: score(0.35), u8: score(0.1), u9: score(0) };
  s.surveys.submit({ token, overall: score(0.1), answers, ...(rng.chance(0.05) ? { comment: 'Antrean sebaiknya lebih cepat.' } : {}) });
}

function fileComplaint(s: Services, o: Officer, rng: Random, laterDays: readonly number[], steps: PlannedStep[]): void {
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const month = String(rng.int(1, 12)).padStart(2, '0');
  // Four in ten come through the complaint unit's other channels (Pasal 9), not the counter.
  const byUnit = rng.chance(0.4);
  const nik = `317101${day}${month}${rng.int(60, 99)}${String(rng.int(1, 9999)).padStart(4, '0')}`;
  const receipt = s.complaints.create(
    {
      reporter: { name: 'Peserta Demo', nik, phone: `0812${String(rng.int(10_000_000, 99_999_999))}` },
      category: rng.pick(COMPLAINT_CATEGORIES),
      description: 'Pengaduan contoh dari data demo: klaim belum cair dan informasi status belum jelas.',
      consent: true,
      ...(byUnit ? { channel: rng.pick(OTHER_CHANNELS) } : {}),
    },
    byUnit ? COMPLAINT_UNIT : o.actor,
  );
  const reference = receipt.reference;
  const at = (dayIndex: number) => {
    const d = laterDays[dayIndex];
    return d === undefined ? null : d + rng.between(9, 15) * HOUR;
  };
  const plan = (i: number, action: PlannedStep['action']) => {
    const t = at(i);
    if (t !== null) steps.push({ at: t, reference, action });
    return t !== null;
  };
  // Most are verified the next working day and resolved within the 5 days; some wait for data, some run late.
  if (!plan(0, 'verify')) return;
  if (rng.chance(0.12)) {
    if (plan(1, 'request_data') && rng.chance(0.7)) {
      const back = rng.int(3, 8);
      if (plan(back, 'data_completed')) plan(back + rng.int(1, 2), 'resolve');
    }
    return;
  }
  const resolveOn = rng.chance(0.85) ? rng.int(1, 4) : rng.int(6, 10);
  if (plan(resolveOn, 'resolve') && rng.chance(0.6)) plan(resolveOn + 1, 'participant_accepts');
}
