/**
 * Fills an empty data folder with a realistic stretch of branch days, ending yesterday at the
 * branch, through the server's own services on a simulated clock (simulate-day.ts):
 *
 *   npm run --silent demo:generate -- --days 365 --per-day 1500 --data-dir DIR [--seed 1] [--end YYYY-MM-DD]
 *
 * A busy branch needs more counters than the default configuration's six, so when --per-day is
 * more than those can serve the generator writes DIR/branch.json with enough counters; start the
 * server with BRANCH_CONFIG=DIR/branch.json DATA_DIR=DIR. Each day is one transaction, written
 * with synchronous=OFF (a crash while generating means generating again, nothing is lost).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDays, buildCalendar, isWorkingDay, localDateOf, startOfLocalDate, weekdayOf } from '../../../shared/calendar/working-days.ts';
import type { BranchConfig, CounterConfig } from '../../../shared/contracts/branch-config.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { DEFAULT_BRANCH_CONFIG, parseBranchConfig } from '../../config.ts';
import { loadFaqDataset } from '../../faq/faq-dataset.ts';
import { buildServices } from '../../services.ts';
import { beginBulkLoad, endBulkLoad, openDatabase } from '../../store/database.ts';
import { UserRepository } from '../../store/user-repository.ts';
import { Random } from './random.ts';
import { simulateDay, type Officer, type PlannedStep, type SimClock } from './simulate-day.ts';

export interface GenerateOptions {
  days: number;
  perDay: number;
  dataDir: string;
  seed: number;
  /** Last day to generate (YYYY-MM-DD); yesterday at the branch when absent. */
  end?: string;
  /** The real time, for "yesterday" (injected so tests can pin it). */
  today?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  from: string;
  to: string;
  workingDays: number;
  tickets: number;
  surveys: number;
  complaints: number;
  seconds: number;
  branchConfigPath: string | null;
  config: BranchConfig;
}

const OFFICER_NAMES = ['Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari', 'Agus Pratama', 'Rina Wulandari', 'Hendra Gunawan', 'Yuni Astuti', 'Rudi Hartono', 'Fitri Handayani', 'Eko Saputra', 'Maya Sari', 'Joko Susilo'];
export const DEMO_HEAD = { username: 'kepala.cabang', password: 'kepala-cabang-demo', displayName: 'Kepala Cabang (demo)' };
/** Visitors one counter serves in a day at the service mix (~13 min each over 7.5 h less breaks, ~80% busy). */
const VISITORS_PER_COUNTER = 25;

/** The default branch, with counters added in proportion to each service's workload when needed. */
export function demoBranchConfig(perDay: number): { config: BranchConfig; text: string; scaled: boolean } {
  const text = readFileSync(DEFAULT_BRANCH_CONFIG, 'utf8');
  const base = parseBranchConfig(text, DEFAULT_BRANCH_CONFIG);
  const needed = Math.ceil((perDay * 1.1) / VISITORS_PER_COUNTER);
  if (needed <= base.counters.length) return { config: base, text, scaled: false };
  // Workload shares of the simulated mix: jht 48%, jkk-jkm-jp 20%, kepesertaan 19%, informasi 13%.
  const plan: [string[], number][] = [[['jht'], 0.36], [['jht', 'jkk-jkm-jp'], 0.12], [['jkk-jkm-jp', 'jht'], 0.2], [['kepesertaan'], 0.19], [['informasi', 'kepesertaan'], 0.13]];
  const counters: CounterConfig[] = [];
  for (const [serviceIds, share] of plan) {
    for (let k = 0; k < Math.max(1, Math.round(needed * share)); k++) {
      const n = counters.length + 1;
      counters.push({ id: `loket-${n}`, name: `Loket ${n}`, spokenNumber: n, serviceIds });
    }
  }
  const json = { ...(JSON.parse(text) as Record<string, unknown>), counters };
  const scaledText = `${JSON.stringify(json, null, 2)}\n`;
  return { config: parseBranchConfig(scaledText, 'branch.json (demo)'), text: scaledText, scaled: true };
}

export async function generateDemo(o: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const log = o.log ?? (() => undefined);
  const dataDir = resolve(o.dataDir);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`Folder data ${dataDir} tidak kosong. demo:generate hanya mengisi folder data yang kosong.`);
  }
  const { config, text, scaled } = demoBranchConfig(o.perDay);
  const zone = config.branch.timeZone;
  const db = openDatabase(dataDir);
  let branchConfigPath: string | null = null;
  if (scaled) {
    branchConfigPath = join(dataDir, 'branch.json');
    writeFileSync(branchConfigPath, text);
  }
  beginBulkLoad(db);
  const rng = new Random(o.seed);
  const clock: SimClock = { ms: 0 };
  let ids = 0;
  const hex = () => Math.floor(rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const s = buildServices({ db, config, now: () => clock.ms, newId: () => `${hex()}-${(++ids).toString(16).padStart(8, '0')}` });

  const to = o.end ?? addDays(localDateOf(o.today ?? Date.now(), zone), -1);
  const from = addDays(to, -(o.days - 1));
  const calendar = buildCalendar();
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) days.push(d);

  // Accounts: the branch head (printed below) and one officer per counter, all with one password hash.
  clock.ms = startOfLocalDate(from, zone) - 86_400_000;
  const users = new UserRepository(db);
  const hash = await hashPassword(DEMO_HEAD.password);
  users.insert({ username: DEMO_HEAD.username, displayName: DEMO_HEAD.displayName, role: 'supervisor', passwordHash: hash, createdAt: clock.ms });
  const officers: Officer[] = config.counters.map((counter, i) => {
    const username = `cso.${String(i + 1).padStart(2, '0')}`;
    const userId = users.insert({ username, displayName: OFFICER_NAMES[i % OFFICER_NAMES.length] ?? username, role: 'cso', passwordHash: hash, createdAt: clock.ms });
    return { counter, actor: { userId, username, role: 'cso' } };
  });
  const faqIds = (loadFaqDataset()?.entries ?? []).filter((e) => e.duplicateOf === undefined).map((e) => e.id);

  const steps: PlannedStep[] = [];
  let tickets = 0;
  let surveys = 0;
  let complaints = 0;
  days.forEach((day, index) => {
    // Mondays are busiest, Fridays quietest; the seed's ±8% day-to-day noise on top.
    const weekdayFactor = [1, 1.15, 1.05, 1, 0.97, 0.83, 1][weekdayOf(day)] ?? 1;
    const visitors = Math.round(o.perDay * weekdayFactor * (1 + 0.08 * rng.normal()));
    const laterDays = days.slice(index + 1, index + 12).map((d) => startOfLocalDate(d, zone));
    const dayStart = startOfLocalDate(day, zone);
    const totals = s.uow.write(() => {
      clock.ms = dayStart + 7 * 3_600_000;
      s.engine.closePastDays();
      return simulateDay(s, clock, rng, officers, { dayStart, visitors, laterDays }, steps, faqIds);
    });
    tickets += totals.issued;
    surveys += totals.surveys;
    complaints += totals.complaints;
    if ((index + 1) % 20 === 0 || index === days.length - 1) log(`${day}: ${index + 1}/${days.length} hari, ${tickets} tiket, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  // The live event stream only replays recent events; the demo keeps the last day's.
  s.events.purgeBefore(clock.ms - 86_400_000);
  endBulkLoad(db);
  db.close();
  return { from, to, workingDays: days.length, tickets, surveys, complaints, seconds: (performance.now() - started) / 1000, branchConfigPath, config };
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataDir = argValue(args, 'data-dir');
  const days = Number(argValue(args, 'days') ?? '365');
  const perDay = Number(argValue(args, 'per-day') ?? '1500');
  const seed = Number(argValue(args, 'seed') ?? '1');
  const end = argValue(args, 'end');
  if (!dataDir || !Number.isInteger(days) || days < 1 || days > 3660 || !Number.isInteger(perDay) || perDay < 1 || perDay > 20_000 || (end !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(end))) {
    console.error('Pemakaian: npm run --silent demo:generate -- --days 365 --per-day 1500 --data-dir FOLDER [--seed 1] [--end YYYY-MM-DD]');
    process.exit(2);
  }
  const r = await generateDemo({ days, perDay, dataDir, seed, ...(end ? { end } : {}), log: (line) => console.error(line) });
  console.log(`Data demo ${r.from} s.d. ${r.to}: ${r.workingDays} hari kerja, ${r.tickets} tiket, ${r.surveys} survei, ${r.complaints} pengaduan, ${r.seconds.toFixed(1)} s (${Math.round(r.tickets / r.seconds)} tiket/s).`);
  console.log(`Masuk sebagai ${DEMO_HEAD.username} / ${DEMO_HEAD.password} (kepala cabang); petugas cso.01.. dengan sandi yang sama.`);
  console.log(r.branchConfigPath ? `Jalankan: BRANCH_CONFIG=${r.branchConfigPath} DATA_DIR=${resolve(dataDir)} npm start (${r.config.counters.length} loket).` : `Jalankan: DATA_DIR=${resolve(dataDir)} npm start`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
