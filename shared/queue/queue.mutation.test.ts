/**
 * The call order the officers' console shows (callOrder), which the first tests reached only
 * through the server: directed tickets first, the 45-minute guard, the fast-track run limit, and
 * ties in arrival broken by number and id; and the ticket number format.
 */
import { describe, expect, it } from 'vitest';
import { callOrder, DEFAULT_FAST_TRACK_POLICY, decideNext, oldestOf, type Candidate } from './policy.ts';
import { formatTicketNumber } from './ticket.ts';

const MIN = 60_000;
const now = 100 * MIN;
const t = (id: string, queuedMin: number, fastTrack = false, seq = queuedMin): Candidate => ({ id, seq, queuedAt: queuedMin * MIN, fastTrack });
const order = (input: Partial<Parameters<typeof callOrder>[0]>) =>
  callOrder({ directed: [], waiting: [], consecutiveFastTrackCalls: 0, policy: DEFAULT_FAST_TRACK_POLICY, now, ...input }).map((d) => `${d.ticket.id}:${d.rule}`);

describe('the call order', () => {
  it('nobody waiting: an empty order', () => {
    expect(order({})).toEqual([]);
  });

  it('directed tickets first, oldest first, then the queue by the policy', () => {
    expect(order({ directed: [t('d2', 90), t('d1', 80)], waiting: [t('n1', 95)] })).toEqual(['d1:directed', 'd2:directed', 'n1:normal']);
  });

  it('fast track up to the run limit, then one normal, then fast track again', () => {
    const waiting = [t('n1', 90), t('n2', 91), t('f1', 92, true), t('f2', 93, true), t('f3', 94, true), t('f4', 95, true)];
    expect(order({ waiting })).toEqual(['f1:fast-track', 'f2:fast-track', 'f3:fast-track', 'n1:normal', 'f4:fast-track', 'n2:normal']);
    expect(order({ waiting, consecutiveFastTrackCalls: 3 })[0]).toBe('n1:normal');
  });

  it('a normal ticket past the 45-minute guard goes before fast track', () => {
    expect(order({ waiting: [t('f1', 90, true), t('n1', 55), t('n2', 56)] })).toEqual(['n1:normal-wait-limit', 'f1:fast-track', 'n2:normal']);
  });

  it('input order does not matter: ties in arrival go by number, then id', () => {
    expect(order({ waiting: [t('b', 90, false, 7), t('a', 90, false, 7), t('c', 90, false, 6)] })).toEqual(['c:normal', 'a:normal', 'b:normal']);
  });

  it('decideNext answers the directed ticket before anything else', () => {
    expect(decideNext({ oldestNormal: t('n', 0), oldestFastTrack: t('f', 1, true), oldestDirected: t('d', 99), consecutiveFastTrackCalls: 0, policy: DEFAULT_FAST_TRACK_POLICY, now })).toEqual({ ticket: t('d', 99), rule: 'directed' });
    expect(decideNext({ oldestNormal: null, oldestFastTrack: null, oldestDirected: null, consecutiveFastTrackCalls: 0, policy: DEFAULT_FAST_TRACK_POLICY, now })).toBeNull();
  });

  it('the oldest of candidates skips empty places', () => {
    expect(oldestOf([null, t('b', 5), undefined, t('a', 3)])?.id).toBe('a');
    expect(oldestOf([])).toBeNull();
  });
});

describe('ticket numbers', () => {
  it('the letter, a dash and at least three digits', () => {
    expect(formatTicketNumber('A', 1)).toBe('A-001');
    expect(formatTicketNumber('D', 42)).toBe('D-042');
    expect(formatTicketNumber('B', 1234)).toBe('B-1234');
  });
});
