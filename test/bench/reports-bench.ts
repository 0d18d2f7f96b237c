/**
 * Bench: the reports on a year of a busy branch (1,500 visitors a working day).
 *   npm run bench:reports                      generates, loads and measures (a temporary folder)
 *   npm run bench:reports -- --data-dir DIR    measures a folder demo:generate (or this bench) filled;
 *                                              an empty or missing DIR is filled and kept
 *
 * Without --data-dir, one week is played through the engine (demo:generate) and its working days
 * are copied onto every other working day of the year (DemoRepository, instants shifted): replaying
 * 370,000 visits through the engine takes many minutes on a shared machine, and the reports only
 * read. Measured: the Semester II summary (cold and warm), the semester PDF, and a full scan of the
 * ticket table as the yardstick (ratio = report time / full-scan time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, buildCalendar, isWorkingDay, startOfLocalDate } from '../../shared/calendar/working-days.ts';
import { semesterPeriod } from '../../shared/reports/periods.ts';
import { loadBranchConfig } from '../../queue-server/config.ts';
import { generateDemo, demoBranchConfig } from '../../queue-server/reports/demo/generate.ts';
import { renderSemesterPdf } from '../../queue-server/reports/semester-pdf.ts';
import { buildServices } from '../../queue-server/services.ts';
import { openDatabase } from '../../queue-server/store/database.ts';
import { DemoRepository } from '../../queue-server/store/demo-repository.ts';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const given = args.includes('--data-dir') ? args[args.indexOf('--data-dir') + 1] : undefined;
const PER_DAY = 1500;
const END = '2026-12-31';

async function prepare(): Promise<{ dir: string; cleanup: () => void }> {
  // A given folder that demo:generate (or an earlier run of this bench) filled is measured as it is.
  if (given && existsSync(join(given, 'queue.sqlite'))) return { dir: given, cleanup: () => undefined };
  const dir = given ?? mkdtempSync(join(tmpdir(), 'bench-reports-'));
  const t0 = performance.now();
  // One engine-played week ending on the year's last day (Mon 2026-12-28 .. Thu 12-31 are working days).
  const week = await generateDemo({ days: 10, perDay: PER_DAY, dataDir: dir, seed: 3, end: END });
  const engineSeconds = (performance.now() - t0) / 1000;
  console.log(`engine: ${week.workingDays} working days, ${week.tickets} tickets in ${engineSeconds.toFixed(1)} s (${Math.round(week.tickets / engineSeconds)} tickets/s through the engine)`);
  const { config } = demoBranchConfig(PER_DAY);
  const zone = config.branch.timeZone;
  const db = openDatabase(dir);
  db.pragma('synchronous = OFF');
  const cal = buildCalendar();
  const sources: string[] = [];
  // The week's last day may still have open tickets; copy only closed days.
  for (let d = week.from; d < week.to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) sources.push(d);
  const demo = new DemoRepository(db);
  const t1 = performance.now();
  let copied = 0;
  for (let d = addDays(END, -364); d < week.from; d = addDays(d, 1)) {
    if (!isWorkingDay(cal, d)) continue;
    const source = sources[copied % sources.length] ?? week.from;
    demo.copyDay(source, startOfLocalDate(source, zone), d, startOfLocalDate(d, zone) - startOfLocalDate(source, zone), `-c${copied}`);
    copied++;
  }
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(`copied ${copied} working days from the engine's days in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  return { dir, cleanup: () => (given ? undefined : rmSync(dir, { recursive: true, force: true })) };
}

/** Wall time and this process's CPU time: on a shared machine the wall time includes waiting for a core. */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, value };
}

async function main(): Promise<void> {
  const { dir, cleanup } = await prepare();
  try {
    const configPath = join(dir, 'branch.json');
    const config = existsSync(configPath) ? loadBranchConfig(configPath) : demoBranchConfig(PER_DAY).config;
    const s = buildServices({ db: openDatabase(dir), config, now: () => Date.parse(`${END}T10:00:00Z`) });
    const period = semesterPeriod(2026, 2);
    // What the day close does after each day (engine closePastDays -> reports.sealDaysBefore): the
    // copied days have no digest yet. 0 days when the folder was measured before.
    const seal = time(() => s.uow.write(() => s.reports.sealDaysBefore(addDays(END, 1))));
    console.log(`day digests sealed: ${seal.value} days in ${seal.ms.toFixed(0)} ms (the day close does one day at a time)`);
    const scan = time(() => s.reports.fullScan());
    console.log(`tickets in the database: ${scan.value.n}; full scan of the ticket table: ${scan.ms.toFixed(0)} ms (CPU ${scan.cpuMs.toFixed(0)} ms)`);
    const cold = time(() => s.reports.summary(period));
    const warmRuns = [0, 1, 2].map(() => time(() => s.reports.summary(period))).sort((a, b) => a.ms - b.ms);
    const warm = warmRuns.map((r) => r.ms);
    const sum = cold.value;
    console.log(`Semester II 2026 summary: ${sum.issued} issued, ${sum.served} served, wait median ${sum.waitMinutes.median} min, P90 ${sum.waitMinutes.p90} min, over 30 min ${((sum.overTargetShare ?? 0) * 100).toFixed(1)}%`);
    console.log(`  summary cold ${cold.ms.toFixed(0)} ms (CPU ${cold.cpuMs.toFixed(0)} ms), warm median ${warm[1]?.toFixed(0)} ms (CPU ${warmRuns[1]?.cpuMs.toFixed(0)} ms); ratio to full scan ${(cold.ms / scan.ms).toFixed(2)} / ${((warm[1] ?? 0) / scan.ms).toFixed(2)}`);
    const t = performance.now();
    const pdfCpu = process.cpuUsage();
    const summary = s.reports.summary(period);
    const quality = s.reports.quality(period, summary);
    const pdf = await renderSemesterPdf({ period, summary, quality, printedAt: Date.now() });
    const pdfMs = performance.now() - t;
    const pdfUsed = process.cpuUsage(pdfCpu);
    console.log(`  semester PDF (summary + quality + render) ${pdfMs.toFixed(0)} ms (CPU ${((pdfUsed.user + pdfUsed.system) / 1000).toFixed(0)} ms), ${Math.round(pdf.length / 1024)} KiB; ratio to full scan ${(pdfMs / scan.ms).toFixed(2)}`);
    const year = time(() => s.reports.summary({ from: addDays(END, -364), to: END }));
    console.log(`  whole-year summary ${year.ms.toFixed(0)} ms (${year.value.issued} issued)`);
    const limit = 2000;
    const ok = cold.ms <= limit && pdfMs <= limit;
    console.log(ok ? `within ${limit} ms: yes` : `within ${limit} ms: NO`);
    s.db.close();
    if (!ok) process.exitCode = 1;
  } finally {
    cleanup();
  }
}

void main();
