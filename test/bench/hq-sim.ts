/**
 * npm run bench:hq-sim — the full head-office simulation of issue 18: 50 branches (HQ_SIM_BRANCHES)
 * with their own SQLite files, a whole generated day each, through the fault proxy to hq-server on
 * PostgreSQL (DATABASE_URL or a throwaway cluster). Exits non-zero when an event is missing or
 * doubled, a digest does not match, or the gap report was wrong at any check.
 */
import { openHqStore } from '../../hq-server/testing/hq-fixture.ts';
import { startPostgres } from '../../hq-server/testing/postgres-cluster.ts';
import { runSimulation } from '../hq/run-sim.ts';

async function main(): Promise<void> {
  const pgServer = await startPostgres();
  const sql = await openHqStore('postgres', await pgServer.newDatabase());
  try {
    const report = await runSimulation({ sql, branches: Number(process.env.HQ_SIM_BRANCHES ?? 50), steps: Number(process.env.HQ_SIM_STEPS ?? 100), seed: Number(process.env.HQ_SIM_SEED ?? 2026), log: (l) => console.log(l) });
    console.log(JSON.stringify({ ...report, gapChecksWrong: report.gapChecksWrong.slice(0, 10), problems: report.problems.slice(0, 10) }, null, 2));
    const ok = report.gapChecksWrong.length === 0 && report.problems.length === 0;
    console.log(ok ? `LULUS: ${report.events} peristiwa dari ${report.branches} cabang, tepat sekali, semua hari lengkap, ${report.checks} pemeriksaan celah benar.` : 'GAGAL');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await sql.close();
    await pgServer.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
