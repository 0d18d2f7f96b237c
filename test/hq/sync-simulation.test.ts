import { describe, expect, it } from 'vitest';
import { openHqStore } from '../../hq-server/testing/hq-fixture.ts';
import { runSimulation } from './run-sim.ts';

describe('branches through a faulty WAN to head office (short simulation; npm run bench:hq-sim runs 50 branches)', () => {
  it('ends with every event at head office exactly once, every day sealed and proven, and the gap report right at every check', async () => {
    const sql = await openHqStore('pglite');
    try {
      const report = await runSimulation({ sql, branches: 4, steps: 60, seed: 18 });
      expect(report.gapChecksWrong).toEqual([]);
      expect(report.problems).toEqual([]);
      expect(report.checks).toBeGreaterThan(10);
      // The faults really happened.
      expect(report.faults.dropped + report.faults.answersLost).toBeGreaterThan(0);
      expect(report.faults.refusedCut).toBeGreaterThan(0);
      expect(report.faults.replayed).toBeGreaterThan(0);
      expect(report.faults.hqRestarts).toBeGreaterThan(0);
      expect(report.events).toBeGreaterThan(400);
    } finally {
      await sql.close();
    }
  }, 240_000);
});
