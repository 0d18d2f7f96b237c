/**
 * npm run mutation:score -- reports/mutation/shared.json [more.json …] [--by 2]
 * Reads Stryker JSON reports and prints the mutation score per folder (the first --by path parts,
 * 2 by default) and over all the files given, counted the way Stryker counts it:
 * (killed + timeout) / (killed + timeout + survived + no coverage). Ignored mutants, compile and
 * runtime errors are left out. Several reports of disjoint runs combine into one honest total; a
 * file found in more than one report is counted once, from the report given last.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const reportSchema = z.object({ files: z.record(z.string(), z.object({ mutants: z.array(z.object({ status: z.string() })) })) });

export interface Tally { detected: number; survived: number; noCoverage: number }

export const scoreOf = (t: Tally): number => (t.detected + t.survived + t.noCoverage === 0 ? 100 : (100 * t.detected) / (t.detected + t.survived + t.noCoverage));

export function tallyByFile(statuses: Record<string, readonly string[]>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [file, list] of Object.entries(statuses)) {
    const t: Tally = { detected: 0, survived: 0, noCoverage: 0 };
    for (const s of list) {
      if (s === 'Killed' || s === 'Timeout') t.detected += 1;
      else if (s === 'Survived') t.survived += 1;
      else if (s === 'NoCoverage') t.noCoverage += 1;
    }
    out.set(file, t);
  }
  return out;
}

export function groupTallies(byFile: Map<string, Tally>, depth: number): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [file, t] of byFile) {
    const key = file.split('/').slice(0, depth).join('/');
    const g = out.get(key) ?? { detected: 0, survived: 0, noCoverage: 0 };
    out.set(key, { detected: g.detected + t.detected, survived: g.survived + t.survived, noCoverage: g.noCoverage + t.noCoverage });
  }
  return out;
}

/** The report files and the folder depth of the command line (`--by N` anywhere, 2 without it). */
export function parseScoreArgs(args: readonly string[]): { depth: number; files: string[] } {
  const byIndex = args.indexOf('--by');
  const depth = byIndex >= 0 ? Number(args[byIndex + 1]) : 2;
  // Without --by, byIndex + 1 is 0: the first report must not be taken for the depth's value.
  const files = args.filter((a, i) => a !== '--by' && (byIndex < 0 || i !== byIndex + 1));
  return { depth, files };
}

function main(args: string[]): void {
  const { depth, files } = parseScoreArgs(args);
  const statuses: Record<string, string[]> = {};
  for (const path of files) {
    const report = reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    for (const [file, { mutants }] of Object.entries(report.files)) statuses[file.replace(/^.*?(?=shared\/|queue-server\/)/, '')] = mutants.map((m) => m.status);
  }
  const byFile = tallyByFile(statuses);
  const rows = [...groupTallies(byFile, depth)].sort(([a], [b]) => a.localeCompare(b));
  const total = groupTallies(byFile, 0).get('') ?? { detected: 0, survived: 0, noCoverage: 0 };
  for (const [key, t] of [...rows, ['all', total] as const]) {
    console.log(`${key.padEnd(36)} ${scoreOf(t).toFixed(2).padStart(6)}%  killed+timeout ${t.detected}, survived ${t.survived}, no coverage ${t.noCoverage}`);
  }
}

if (process.argv[1]?.endsWith('score.ts')) main(process.argv.slice(2));
