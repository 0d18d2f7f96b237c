/**
 * The server's IKM and the survey:ikm command agree on the same answers: random respondents are
 * served and answer through the real services; the CSV handed to the command is written here from
 * the generated answers (not by the server), and the server's own per-response export must give
 * the command the same figures too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS, type SkmScore } from '../../shared/survey/elements.ts';
import { ikmCliOutput } from '../../shared/survey/ikm-cli.ts';
import { makeTestServices, officer } from '../testing/fixtures.ts';

const score = fc.constantFrom<SkmScore>(1, 2, 3, 4);
const answers = fc.record(Object.fromEntries(SKM_ELEMENTS.map((e) => [e, score])) as Record<(typeof SKM_ELEMENTS)[number], fc.Arbitrary<SkmScore>>, { requiredKeys: [] });
const respondent = fc.record({ overall: score, answers, counter: fc.constantFrom('loket-1', 'loket-2', 'loket-3') });

describe('server IKM = survey:ikm command (property)', () => {
  it('for any set of respondents, whichever counters served them', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 25 }), (people) => {
        const s = makeTestServices();
        const kiosk = officer(9);
        for (const p of people) {
          // One officer holds one counter: each counter has its own CSO.
          const cso = officer(Number(p.counter.slice(-1)));
          const { ticket } = s.engine.issue({ serviceId: 'jht', fastTrack: null }, kiosk);
          const called = s.engine.callNext(p.counter, cso);
          expect(called?.id).toBe(ticket.id);
          s.engine.start(ticket.id, cso);
          s.engine.finish(ticket.id, cso);
          const token = s.surveys.finishAnswerOf(ticket.id, '').token;
          s.surveys.submit({ token, overall: p.overall, answers: p.answers });
          s.clock.advanceSeconds(30);
        }
        const day = s.engine.today();
        const server = s.ikmReports.summary({ from: day, to: day });
        // The summary's SQL tally gives the figures the per-response computation of the full report gives.
        expect(server).toEqual(s.ikmReports.report({ from: day, to: day }).total);
        const csv = ['u1,u2,u3,u4,u5,u6,u7,u8,u9', ...people.map((p) => SKM_ELEMENTS.map((e) => p.answers[e] ?? '').join(','))].join('\n');
        const cli = JSON.parse(ikmCliOutput(csv).stdout) as { n: number; nrr: (number | null)[]; skm: number | null; ikm: number | null; grade: string | null };
        expect({ n: server.n, nrr: server.nrr, skm: server.skm, ikm: server.ikm, grade: server.grade }).toEqual(cli);
        expect(JSON.parse(ikmCliOutput(s.ikmReports.responsesCsv({ from: day, to: day })).stdout)).toEqual(cli);
        s.db.close();
      }),
      { numRuns: 40 },
    );
  });
});
