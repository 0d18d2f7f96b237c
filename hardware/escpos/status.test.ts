import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_REPLIES } from './sim/fake-network-printer.ts';
import { conditionFromReplies, isPaperStatusReply, isRealTimeStatusReply, PRINTER_CONDITIONS } from './status.ts';

describe('DLE EOT status parsing', () => {
  it.each([
    ['ready', { printer: 0x12, offlineCause: 0x12, paper: 0x12 }, 'ok'],
    ['paper near end', { printer: 0x12, offlineCause: 0x12, paper: 0x1e }, 'paper-near-end'],
    ['paper out', { printer: 0x1a, offlineCause: 0x32, paper: 0x72 }, 'paper-out'],
    ['paper out seen only by the roll sensor', { printer: 0x1a, offlineCause: null, paper: 0x72 }, 'paper-out'],
    ['cover open', { printer: 0x1a, offlineCause: 0x16, paper: 0x12 }, 'cover-open'],
    ['offline for another reason', { printer: 0x1a, offlineCause: 0x52, paper: 0x12 }, 'offline'],
    ['no answer at all', { printer: null }, 'unknown'],
    ['online clone that ignores DLE EOT 4', { printer: 0x12, offlineCause: null, paper: null }, 'unknown'],
    ['an ASB frame instead of a DLE EOT reply', { printer: 0x10, offlineCause: 0x12, paper: 0x12 }, 'unknown'],
    ['noise with the high bit set', { printer: 0x92, offlineCause: 0x12, paper: 0x12 }, 'unknown'],
  ] as const)('%s', (_name, replies, expected) => {
    expect(conditionFromReplies(replies)).toBe(expected);
  });

  it('agrees with the fake printer scenario table', () => {
    for (const scenario of ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline'] as const) {
      const { dleEot } = SCENARIO_REPLIES[scenario];
      expect(conditionFromReplies({ printer: dleEot[1], offlineCause: dleEot[2], paper: dleEot[4] })).toBe(scenario === 'ready' ? 'ok' : scenario);
    }
  });

  it('tells DLE EOT replies and GS r replies apart by their fixed bits', () => {
    expect(isRealTimeStatusReply(0x12)).toBe(true);
    expect(isRealTimeStatusReply(0x00)).toBe(false);
    expect(isPaperStatusReply(0x00)).toBe(true);
    expect(isPaperStatusReply(0x12)).toBe(false);
  });

  it('maps any bytes (or none) to one of the six conditions without throwing', () => {
    const byte = fc.option(fc.integer({ min: -5, max: 300 }), { nil: null });
    fc.assert(fc.property(byte, byte, byte, (printer, offlineCause, paper) => {
      expect(PRINTER_CONDITIONS).toContain(conditionFromReplies({ printer, offlineCause, paper }));
    }));
  });
});
