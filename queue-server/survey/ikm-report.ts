/**
 * The IKM for a period, per service, per counter and per month, computed with shared/survey's one
 * computeIkm (the same as the survey:ikm command). Only aggregates leave here, plus the
 * per-response CSV for the branch head: date, service, counter and scores, no ticket, no time of
 * day, no officer, so a row cannot be traced back to a visitor.
 */
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { IkmReport, IkmSummary } from '../../shared/contracts/survey.ts';
import { csvLine } from '../../shared/survey/csv.ts';
import { SKM_ELEMENTS } from '../../shared/survey/elements.ts';
import { computeIkm, IKM_BANDS, ikmOfTally, round4 } from '../../shared/survey/ikm.ts';
import { monthLabel, monthsOf, periodLabel } from '../../shared/survey/period.ts';
import { krejcieMorganSample } from '../../shared/survey/sample-size.ts';
import type { ResponseRecord, Scope, SurveyRepository } from '../store/survey-repository.ts';

function summarise(responses: readonly ResponseRecord[], served: number): IkmSummary {
  const r = computeIkm(responses.map((x) => x.answers));
  const counts = [0, 0, 0, 0];
  for (const x of responses) counts[x.overall - 1] = (counts[x.overall - 1] ?? 0) + 1;
  return {
    n: r.n,
    nrr: r.nrr.map(round4),
    answered: r.answered,
    skm: round4(r.skm),
    ikm: r.ikm,
    grade: r.grade,
    served,
    sampleNeeded: krejcieMorganSample(served),
    overall: { responses: responses.length, counts },
  };
}

const thousands = (n: number) => n.toLocaleString('id-ID');

export function methodLine(s: IkmSummary, label: string): string {
  return `bobot 1/9 per unsur, n=${thousands(s.n)}, N=${thousands(s.served)} dilayani, sampel Krejcie-Morgan ${thousands(s.sampleNeeded)}, periode ${label}`;
}

export class IkmReports {
  constructor(
    private readonly store: SurveyRepository,
    private readonly config: BranchConfig,
  ) {}

  summary(scope: Scope) {
    // The same figures as summarise() over the responses, from an SQL tally (survey tests compare them).
    const { tally, overall, responses } = this.store.tally(scope);
    const r = ikmOfTally(tally);
    const served = this.store.servedBy(scope, 'all').get('all') ?? 0;
    const summary: IkmSummary = {
      n: r.n, nrr: r.nrr.map(round4), answered: r.answered, skm: round4(r.skm), ikm: r.ikm, grade: r.grade,
      served, sampleNeeded: krejcieMorganSample(served), overall: { responses, counts: overall },
    };
    const label = periodLabel(scope.from, scope.to);
    return { ...summary, from: scope.from, to: scope.to, label, method: methodLine(summary, label) };
  }

  report(scope: Scope): IkmReport {
    const responses = this.store.responses(scope);
    const servedAll = this.store.servedBy(scope, 'all').get('all') ?? 0;
    const servedByService = this.store.servedBy(scope, 'service');
    const servedByCounter = this.store.servedBy(scope, 'counter');
    const servedByMonth = this.store.servedBy(scope, 'month');
    const total = summarise(responses, servedAll);
    const label = periodLabel(scope.from, scope.to);
    return {
      total: { ...total, from: scope.from, to: scope.to, label, method: methodLine(total, label) },
      byService: this.config.services.map((s) => ({
        id: s.id,
        name: s.name,
        ...summarise(responses.filter((r) => r.serviceId === s.id), servedByService.get(s.id) ?? 0),
      })),
      byCounter: this.config.counters.map((c) => ({
        id: c.id,
        name: c.name,
        ...summarise(responses.filter((r) => r.counterId === c.id), servedByCounter.get(c.id) ?? 0),
      })),
      byMonth: monthsOf(scope.from, scope.to).map((month) => ({
        month,
        label: monthLabel(month),
        ...summarise(responses.filter((r) => r.serviceDay.startsWith(month)), servedByMonth.get(month) ?? 0),
      })),
    };
  }

  /** One row per respondent; columns u1..u9 by name, so `survey:ikm` reads the file back. */
  responsesCsv(scope: Scope): string {
    const names = new Map(this.config.services.map((s) => [s.id, s.name]));
    const counters = new Map(this.config.counters.map((c) => [c.id, c.name]));
    const lines = [csvLine(['tanggal', 'layanan', 'loket', 'penilaian_umum', ...SKM_ELEMENTS, 'saran'])];
    for (const r of this.store.responses(scope)) {
      lines.push(csvLine([r.serviceDay, names.get(r.serviceId) ?? r.serviceId, r.counterId === null ? '' : (counters.get(r.counterId) ?? r.counterId), r.overall, ...SKM_ELEMENTS.map((e) => r.answers[e] ?? null), r.comment]));
    }
    return `${lines.join('\r\n')}\r\n`;
  }

  summaryCsv(scope: Scope): string {
    const report = this.report(scope);
    const header = csvLine(['kelompok', 'nama', 'n', 'N_dilayani', 'sampel_krejcie_morgan', ...SKM_ELEMENTS.map((e) => `nrr_${e}`), 'skm', 'ikm', 'mutu', 'kinerja']);
    const row = (group: string, name: string, s: IkmSummary) =>
      csvLine([group, name, s.n, s.served, s.sampleNeeded, ...s.nrr, s.skm, s.ikm, s.grade, IKM_BANDS.find((b) => b.grade === s.grade)?.label ?? '']);
    const lines = [
      header,
      row('total', report.total.label, report.total),
      ...report.byService.map((s) => row('layanan', s.name, s)),
      ...report.byCounter.map((c) => row('loket', c.name, c)),
      ...report.byMonth.map((m) => row('bulan', m.label, m)),
      csvLine(['metode', report.total.method]),
    ];
    return `${lines.join('\r\n')}\r\n`;
  }
}
