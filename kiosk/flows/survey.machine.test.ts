import { describe, expect, it } from 'vitest';
import { KioskRequestError } from '../app/api/request-error.ts';
import { INVITATION, startSurveyHarness, SURVEY_TEST_TIMING } from './survey.test-support.ts';

describe('survey machine', () => {
  it('the quick rating only: a face, "Selesai", saved with no element answers', async () => {
    const h = startSurveyHarness({ invitation: INVITATION });
    expect(h.state()).toBe('rating');
    h.actor.send({ type: 'overall.select', score: 3 });
    h.actor.send({ type: 'survey.finish' });
    expect(h.saves).toEqual([{ body: { token: INVITATION.token, overall: 3, answers: {}, language: 'id' }, idempotencyKey: 'survey-key-1' }]);
    await h.answerSave();
    expect(h.state()).toBe('thanks');
    expect(h.actor.getSnapshot().context).toMatchObject({ overall: null, answers: {}, comment: '' });
    h.clock.increment(SURVEY_TEST_TIMING.thanksMs);
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().output).toEqual({ outcome: 'saved' });
  });

  it('all nine, with a skip, a changed answer after going back, and a comment', async () => {
    const h = startSurveyHarness({ invitation: INVITATION });
    h.actor.send({ type: 'overall.select', score: 4 });
    h.actor.send({ type: 'elements.start' });
    h.actor.send({ type: 'element.answer', score: 2 }); // u1
    h.actor.send({ type: 'element.answer', score: 3 }); // u2
    h.actor.send({ type: 'flow.back' }); // back to u2
    expect(h.actor.getSnapshot().context.index).toBe(1);
    h.actor.send({ type: 'element.skip' }); // u2 skipped after all
    for (let i = 0; i < 7; i++) h.actor.send({ type: 'element.answer', score: 4 });
    expect(h.state()).toBe('commenting');
    h.actor.send({ type: 'comment.submit', text: '  Antrean cepat  ' });
    expect(h.saves[0]?.body).toEqual({ token: INVITATION.token, overall: 4, answers: { u1: 2, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 }, comment: 'Antrean cepat', language: 'id' });
  });

  it('a face then walking away still counts: the invitation saves by itself', () => {
    const h = startSurveyHarness({ invitation: INVITATION });
    h.actor.send({ type: 'overall.select', score: 1 });
    h.clock.increment(SURVEY_TEST_TIMING.inviteMs);
    expect(h.state()).toBe('saving');
    expect(h.saves[0]?.body.overall).toBe(1);
  });

  it('walking away before any face saves nothing', () => {
    const h = startSurveyHarness({ invitation: INVITATION });
    h.actor.send({ type: 'session.timeout' });
    expect(h.actor.getSnapshot().output).toEqual({ outcome: 'cancelled' });
    expect(h.saves).toEqual([]);
  });

  it('a failed save is retried with the same Idempotency-Key', async () => {
    const h = startSurveyHarness({ invitation: INVITATION });
    h.actor.send({ type: 'overall.select', score: 2 });
    h.actor.send({ type: 'survey.finish' });
    await h.failSave(new Error('IndexedDB full'));
    expect(h.state()).toBe('saveFailed');
    h.actor.send({ type: 'retry.now' });
    expect(h.saves.map((s) => s.idempotencyKey)).toEqual(['survey-key-1', 'survey-key-1']);
  });

  it('the kiosk asks for the ticket first; a refusal shows the server message and allows another try', async () => {
    const h = startSurveyHarness();
    expect(h.state()).toBe('enteringTicket');
    h.actor.send({ type: 'ticket.submit', text: '   ' });
    expect(h.state()).toBe('enteringTicket');
    h.actor.send({ type: 'ticket.submit', text: ' a-12 ' });
    expect(h.claims).toEqual(['a-12']);
    await h.failClaim(new KioskRequestError('rejected', { code: 'survey.already_answered', message: 'Survei untuk tiket A-012 sudah diisi.' }, 409));
    expect(h.state()).toBe('ticketRefused');
    expect(h.actor.getSnapshot().context.rejectedMessage).toBe('Survei untuk tiket A-012 sudah diisi.');
    h.actor.send({ type: 'ticket.submit', text: 'A-013' });
    await h.answerClaim({ ...INVITATION, number: 'A-013' });
    expect(h.state()).toBe('rating');
  });

  it('a claim that never answers gives up after the request timeout', () => {
    const h = startSurveyHarness();
    h.actor.send({ type: 'ticket.submit', text: 'A-1' });
    h.clock.increment(SURVEY_TEST_TIMING.requestTimeoutMs);
    expect(h.state()).toBe('ticketRefused');
    expect(h.actor.getSnapshot().context.lastFailure).toBe('timeout');
  });
});
