import { describe, expect, it } from 'vitest';
import { groupTallies, parseScoreArgs, scoreOf, tallyByFile } from './score.ts';

describe('the combined mutation score', () => {
  it('counts killed and timed out as detected, survived and no coverage against, the rest not at all', () => {
    const byFile = tallyByFile({
      'shared/complaints/clock.ts': ['Killed', 'Killed', 'Timeout', 'Survived'],
      'shared/complaints/identity.ts': ['Killed', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'],
      'shared/faq/search/rank.ts': ['Killed'],
    });
    expect(byFile.get('shared/complaints/identity.ts')).toEqual({ detected: 1, survived: 0, noCoverage: 1 });
    const byFolder = groupTallies(byFile, 2);
    expect(byFolder.get('shared/complaints')).toEqual({ detected: 4, survived: 1, noCoverage: 1 });
    expect(scoreOf(byFolder.get('shared/complaints') ?? { detected: 0, survived: 0, noCoverage: 0 })).toBeCloseTo(66.667, 2);
    const all = groupTallies(byFile, 0).get('');
    expect(all).toEqual({ detected: 5, survived: 1, noCoverage: 1 });
    expect(scoreOf({ detected: 0, survived: 0, noCoverage: 0 })).toBe(100);
  });
});

describe('the score command line', () => {
  it('reads every report given, with or without --by', () => {
    expect(parseScoreArgs(['a.json', 'b.json'])).toEqual({ depth: 2, files: ['a.json', 'b.json'] });
    expect(parseScoreArgs(['a.json', '--by', '3', 'b.json'])).toEqual({ depth: 3, files: ['a.json', 'b.json'] });
    expect(parseScoreArgs(['--by', '1', 'a.json'])).toEqual({ depth: 1, files: ['a.json'] });
  });
});
