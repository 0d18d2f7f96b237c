import { describe, expect, it } from 'vitest';
import { spokenTicketNumber } from './ResultScreen.tsx';

describe('ticket number read aloud', () => {
  it('drops the leading zeros speech engines stumble over', () => {
    expect(spokenTicketNumber('A-007')).toBe('A 7');
    expect(spokenTicketNumber('D-120')).toBe('D 120');
  });

  it('leaves an unexpected format as it is', () => {
    expect(spokenTicketNumber('X12-Z')).toBe('X12-Z');
  });
});
