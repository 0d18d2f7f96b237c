/**
 * The branch's reports: reads the rows for a period (report-repository) and computes the figures
 * with shared/reports. Reads only; nothing here writes.
 */
import { startOfLocalDate, addDays, type WorkCalendar } from '../../shared/calendar/working-days.ts';
import { UTC_OFFSET_MINUTES } from '../../shared/calendar/timezone.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { ReportQuality, ReportQuery, ReportSummary } from '../../shared/contracts/reports.ts';
import type { FaqDataset } from '../../shared/faq/index.ts';
import { FAST_TRACK_REASONS } from '../../shared/queue/ticket.ts';
import { complaintFigures } from '../../shared/reports/complaints.ts';
import { counterTimes, idleMinutes } from '../../shared/reports/counters.ts';
import { digestFigures } from '../../shared/reports/digest.ts';
import { filterVisits, queueFigures, type QueueFigures, type VisitFilter, type WaitTargets } from '../../shared/reports/visits.ts';
import { SKM_ELEMENTS } from '../../shared/survey/elements.ts';
import { periodLabel } from '../../shared/survey/period.ts';
import { semesterPeriod } from '../../shared/reports/periods.ts';
import { COMPLAINT_CHANNEL_LABEL_ID, COMPLAINT_STATUS_LABEL_ID, ELEMENT_BESIDE_ID } from '../../shared/i18n/report-id.ts';
import { skmQuestionsId } from '../../shared/i18n/survey-id.ts';
import type { Db } from '../store/database.ts';
import { ReportRepository } from '../store/report-repository.ts';
import { FaqUsageRepository } from '../store/faq-usage-repository.ts';
import { ReportDays } from './report-days.ts';
import type { IkmReports } from '../survey/ikm-report.ts';

/** Rows in each FAQ table of the report. */
const FAQ_TOP = 10;

export interface ReportDeps {
  db: Db;
  config: BranchConfig;
  now: () => number;
  ikm: IkmReports;
  calendar: () => WorkCalendar;
  faq: () => FaqDataset | null;
}

export class ReportService {
  private readonly repo;
  private readonly days;
  private readonly usage;

  constructor(private readonly d: ReportDeps) {
    this.repo = new ReportRepository(d.db);
    this.days = new ReportDays(d.db, () => this.offset);
    this.usage = new FaqUsageRepository(d.db);
  }

  get targets(): WaitTargets {
    const c = this.d.config;
    return { waitMinutes: c.targets.waitMinutes, fastTrackWaitMinutes: c.targets.fastTrackWaitMinutes, guardMinutes: c.fastTrack.maxNormalWaitMinutes };
  }

  private get offset(): number {
    return UTC_OFFSET_MINUTES[this.d.config.branch.timeZone];
  }

  /** Epoch ms of the period's start (local midnight of `from`) and end (midnight after `to`). */
  private bounds(from: string, to: string): [number, number] {
    const zone = this.d.config.branch.timeZone;
    return [startOfLocalDate(from, zone), startOfLocalDate(addDays(to, 1), zone)];
  }

  /**
   * The queue figures of the query: without filters from the day digests (report-days.ts), with a
   * filter from the period's visits (a digest holds no per-filter breakdown). Both give the same
   * figures for the same rows (report-figures.test.ts compares them).
   */
  figures(q: ReportQuery, source: 'auto' | 'visits' = 'auto'): QueueFigures {
    const filter: VisitFilter = {
      serviceId: q.serviceId,
      counterId: q.counterId,
      officerId: q.officerId,
      fastTrack: q.fastTrack === undefined ? undefined : q.fastTrack === 'ya',
      reason: q.reason,
    };
    const serviceIds = this.d.config.services.map((s) => s.id);
    const unfiltered = Object.values(filter).every((v) => v === undefined);
    if (source === 'auto' && unfiltered) return digestFigures(this.days.period(q.from, q.to).digest, this.targets, serviceIds, FAST_TRACK_REASONS);
    return queueFigures(filterVisits(this.repo.visits(q.from, q.to), filter), this.targets, serviceIds, FAST_TRACK_REASONS, this.offset);
  }

  /** Seals the day digests of the days before `today` (the engine's day close, in its unit of work). */
  sealDaysBefore(today: string): number {
    return this.days.sealBefore(today);
  }

  summary(q: ReportQuery, source: 'auto' | 'visits' = 'auto'): ReportSummary {
    const { config } = this.d;
    const f = this.figures(q, source);
    const targets = this.targets;
    const serviceName = new Map(config.services.map((s) => [s.id, s.name]));
    const counterName = new Map(config.counters.map((c) => [c.id, c.name]));
    const userName = this.repo.userNames();
    const [fromMs, toMs] = this.bounds(q.from, q.to);
    const times = new Map(counterTimes(this.repo.counterChanges(config.counters.map((c) => c.id), fromMs, toMs), fromMs, toMs, this.offset).map((t) => [t.counterId, t]));
    const served = new Map(f.counters.map((c) => [c.counterId, c]));
    const counterIds = config.counters.map((c) => c.id).filter((id) => q.counterId === undefined || id === q.counterId);
    const s = f.queue;
    return {
      from: q.from,
      to: q.to,
      label: labelOf(q.from, q.to),
      branch: { code: config.branch.code, name: config.branch.name, timeZone: config.branch.timeZone },
      targets,
      ...s,
      byService: s.byService.map((b) => ({ ...b, name: serviceName.get(b.serviceId) ?? b.serviceId })),
      byHour: f.byHour,
      heatmap: f.heatmap,
      officers: f.officers.map((o) => ({ ...o, name: o.officerId === null ? 'Tanpa petugas masuk' : (userName.get(o.officerId) ?? `Petugas #${o.officerId}`) })),
      counters: counterIds.map((counterId) => {
        const t = times.get(counterId);
        const c = served.get(counterId);
        const openMinutes = t?.openMinutes ?? 0;
        return {
          counterId,
          name: counterName.get(counterId) ?? counterId,
          served: c?.served ?? 0,
          serviceMinutes: c?.serviceMinutes ?? { n: 0, median: null, p90: null, max: null },
          openMinutes,
          pausedMinutes: t?.pausedMinutes ?? 0,
          idleMinutes: idleMinutes(openMinutes, c?.servingMs ?? 0),
          pausedByReason: t?.pausedByReason ?? [],
        };
      }),
      fairness: f.fairness,
      honesty: f.honesty,
    };
  }

  quality(q: { from: string; to: string }, queue?: Pick<ReportSummary, 'waitMinutes' | 'overTargetShare' | 'returned' | 'officers'>): ReportQuality {
    const [fromMs, toMs] = this.bounds(q.from, q.to);
    const names = this.repo.categoryNames();
    const c = complaintFigures(this.repo.complaints(fromMs, toMs), this.d.calendar(), this.d.config.branch.timeZone, this.d.now());
    const ikm = this.d.ikm.summary({ from: q.from, to: q.to });
    const waits = queue ?? this.summary(q);
    const faq = this.d.faq();
    const question = new Map((faq?.entries ?? []).map((e) => [e.id, e.question]));
    const usage = this.usage.totals(fromMs, toMs);
    const votes = this.repo.faqVotes(fromMs, toMs).map((v) => ({ ...v, question: question.get(v.faqId) ?? v.faqId }));
    const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1).replace('.', ',')}%`);
    const besideValue: Record<string, string> = {
      u2: `${waits.returned} kembali setelah tidak hadir`,
      u3: `P90 ${waits.waitMinutes.p90 ?? '-'} menit, lewat target ${pct(waits.overTargetShare)}`,
      u6: `${waits.officers.length} petugas`,
      u9: `${pct(c.inTimeShare)} tepat waktu, ${c.overdue} lewat batas`,
    };
    return {
      from: q.from,
      to: q.to,
      complaints: {
        ...c,
        byCategory: c.byCategory.map((k) => ({ ...k, label: names.get(k.key) ?? k.key })),
        byChannel: c.byChannel.map((k) => ({ ...k, label: COMPLAINT_CHANNEL_LABEL_ID[k.key] ?? k.key })),
        byStatus: c.byStatus.map((k) => ({ ...k, label: COMPLAINT_STATUS_LABEL_ID[k.key] ?? k.key })),
      },
      ikm,
      elements: SKM_ELEMENTS.map((e, i) => ({
        element: e.toUpperCase(),
        name: skmQuestionsId[e].name,
        nrr: ikm.nrr[i] ?? null,
        beside: ELEMENT_BESIDE_ID[e] === undefined ? null : `${ELEMENT_BESIDE_ID[e]}: ${besideValue[e] ?? ''}`,
      })),
      faq: {
        votes: votes.reduce((n, v) => n + v.yes + v.no, 0),
        mostAnswered: [...votes].sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.faqId.localeCompare(b.faqId)).slice(0, 10),
        notHelpful: votes.filter((v) => v.no > 0).sort((a, b) => b.no - a.no || a.faqId.localeCompare(b.faqId)).slice(0, 10),
        reads: usage.reads,
        mostRead: this.usage.mostRead(fromMs, toMs, FAQ_TOP).map((r) => ({ ...r, question: question.get(r.faqId) ?? r.faqId })),
        noAnswerSearches: usage.noAnswer,
        noAnswer: this.usage.noAnswer(fromMs, toMs, FAQ_TOP),
      },
    };
  }

  fullScan(): { n: number; waits: number | null } {
    return this.repo.fullScan();
  }
}

/** "Semester II 2026" or "Triwulan IV 2026" when the period is exactly one, else the two dates. */
function labelOf(from: string, to: string): string {
  const year = Number(from.slice(0, 4));
  for (const half of [1, 2] as const) {
    const s = semesterPeriod(year, half);
    if (s.from === from && s.to === to) return s.label;
  }
  return periodLabel(from, to);
}
