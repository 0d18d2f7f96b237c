import { describe, expect, it } from 'vitest';
import { readSurveyPageConfig } from './tablet-config.ts';

describe('survey page settings from the URL', () => {
  it('a counter tablet, a phone with a token, or a page that says what is missing', () => {
    expect(readSurveyPageConfig('?loket=loket-1').mode).toEqual({ kind: 'tablet', counterId: 'loket-1' });
    expect(readSurveyPageConfig('?token=abcdefghijklmnop1234').mode).toEqual({ kind: 'phone', token: 'abcdefghijklmnop1234' });
    expect(readSurveyPageConfig('').mode).toEqual({ kind: 'misconfigured' });
    expect(readSurveyPageConfig('?loket=<script>').mode).toEqual({ kind: 'misconfigured' });
  });

  it('never warns for less than 20 seconds before an idle reset', () => {
    expect(readSurveyPageConfig('?loket=l1&warn=5').warningSeconds).toBe(30);
    expect(readSurveyPageConfig('?loket=l1&warn=25&idle=5').warningSeconds).toBe(25);
  });
});
