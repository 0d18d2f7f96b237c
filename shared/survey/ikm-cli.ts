/**
 * `npm run --silent survey:ikm -- FILE.csv`: the index of a CSV of answers, as JSON
 * `{n, nrr: [9], skm, ikm, grade}`. The same computeIkm as the server, so a report made from an
 * export can be checked by hand. Pure: the script passes the file's text in.
 */
import { parseSkmCsv } from './csv.ts';
import { computeIkm, round4 } from './ikm.ts';

export interface CliOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function ikmCliOutput(csvText: string): CliOutcome {
  const parsed = parseSkmCsv(csvText);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `baris ${p.line}: ${p.message}`);
    return { exitCode: 1, stdout: '', stderr: `${lines.join('\n')}\nTidak ada yang dihitung: perbaiki baris di atas lalu jalankan lagi.\n` };
  }
  const r = computeIkm(parsed.responses);
  const json = { n: r.n, nrr: r.nrr.map(round4), skm: round4(r.skm), ikm: r.ikm, grade: r.grade };
  return { exitCode: 0, stdout: `${JSON.stringify(json)}\n`, stderr: '' };
}
