import { describe, expect, it } from 'vitest';
import { KioskRequestError } from '../app/api/request-error.ts';
import { startTicketHarness, TEST_TIMING } from './ticket.test-support.ts';

async function toConfirm(h: ReturnType<typeof startTicketHarness>, reason: 'pregnant' | null = null) {
  await h.answerServices();
  h.actor.send({ type: 'service.select', serviceId: 'klaim' });
  h.actor.send({ type: 'fastTrack.select', reason });
  expect(h.state()).toBe('confirming');
}

describe('ticket machine', () => {
  it('walks from the service list to the number and home again', async () => {
    const h = startTicketHarness();
    expect(h.state()).toBe('loadingServices');
    await toConfirm(h, 'pregnant');
    h.actor.send({ type: 'ticket.confirm' });
    expect(h.state()).toBe('issuing');
    expect(h.issueRequests).toEqual([{ serviceId: 'klaim', fastTrack: 'pregnant', idempotencyKey: 'test-key-1' }]);
    await h.answerIssue();
    expect(h.state()).toBe('showingResult');
    expect(h.actor.getSnapshot().context.issued?.ticket.number).toBe('A-007');
    h.clock.increment(TEST_TIMING.resultMs);
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().output).toEqual({ outcome: 'issued' });
  });

  it('when confirm is tapped twice, only one request is sent', async () => {
    const h = startTicketHarness();
    await toConfirm(h);
    h.actor.send({ type: 'ticket.confirm' });
    h.actor.send({ type: 'ticket.confirm' });
    h.actor.send({ type: 'ticket.confirm' });
    expect(h.issueRequests).toHaveLength(1);
    await h.answerIssue();
    h.actor.send({ type: 'ticket.confirm' });
    expect(h.issueRequests).toHaveLength(1);
    expect(h.state()).toBe('showingResult');
  });

  it('when the server does not answer in time, it retries with the same Idempotency-Key', async () => {
    const h = startTicketHarness();
    await toConfirm(h);
    h.actor.send({ type: 'ticket.confirm' });
    h.clock.increment(TEST_TIMING.requestTimeoutMs);
    expect(h.state()).toBe('waitingToRetry');
    expect(h.actor.getSnapshot().context.lastFailure).toBe('timeout');
    expect(h.actor.getSnapshot().context.issued).toBeNull();
    h.clock.increment(TEST_TIMING.retryDelayMs);
    expect(h.state()).toBe('issuing');
    await h.failIssue(new KioskRequestError('offline'));
    expect(h.state()).toBe('waitingToRetry');
    h.actor.send({ type: 'retry.now' });
    await h.answerIssue();
    const keys = h.issueRequests.map((r) => r.idempotencyKey);
    expect(keys).toEqual(['test-key-1', 'test-key-1', 'test-key-1']);
    expect(h.actor.getSnapshot().context.attempts).toBe(3);
    expect(h.state()).toBe('showingResult');
  });

  it('a new confirm after going back makes a new key', async () => {
    const h = startTicketHarness();
    await toConfirm(h);
    h.actor.send({ type: 'ticket.confirm' });
    await h.failIssue(new KioskRequestError('rejected', { code: 'service.unknown', message: 'Layanan sedang ditutup.' }, 400));
    expect(h.state()).toBe('rejected');
    expect(h.actor.getSnapshot().context.rejectedMessage).toBe('Layanan sedang ditutup.');
    h.actor.send({ type: 'flow.back' });
    await toConfirm(h);
    h.actor.send({ type: 'ticket.confirm' });
    expect(h.issueRequests.map((r) => r.idempotencyKey)).toEqual(['test-key-1', 'test-key-2']);
  });

  it('cannot be cancelled while a ticket is being issued, so no ticket is left unseen', async () => {
    const h = startTicketHarness();
    await toConfirm(h);
    h.actor.send({ type: 'ticket.confirm' });
    h.actor.send({ type: 'flow.cancel' });
    expect(h.state()).toBe('issuing');
  });

  it('when the service list cannot be loaded, it says so and tries again by itself', async () => {
    const h = startTicketHarness();
    await h.failServices(new KioskRequestError('offline'));
    expect(h.state()).toBe('servicesUnavailable');
    h.clock.increment(TEST_TIMING.retryDelayMs);
    expect(h.state()).toBe('loadingServices');
    h.clock.increment(TEST_TIMING.requestTimeoutMs);
    expect(h.state()).toBe('servicesUnavailable');
    expect(h.actor.getSnapshot().context.lastFailure).toBe('timeout');
  });

  it('ignores a service the server did not offer', async () => {
    const h = startTicketHarness();
    await h.answerServices();
    h.actor.send({ type: 'service.select', serviceId: 'not-offered' });
    expect(h.state()).toBe('choosingService');
  });

  it('keeps the number on screen longer when the ticket was not printed', async () => {
    const h = startTicketHarness();
    await toConfirm(h);
    h.actor.send({ type: 'ticket.confirm' });
    await h.answerIssue({ status: 'failed', reason: 'Kertas habis' });
    h.clock.increment(TEST_TIMING.resultMs);
    expect(h.state()).toBe('showingResult');
    h.clock.increment(TEST_TIMING.resultLongMs - TEST_TIMING.resultMs - 1);
    h.actor.send({ type: 'result.extend' });
    h.clock.increment(TEST_TIMING.resultLongMs - 1);
    expect(h.state()).toBe('showingResult');
    h.clock.increment(1);
    expect(h.actor.getSnapshot().status).toBe('done');
  });

  it('cancel on the choice screens ends the flow without a ticket', async () => {
    const h = startTicketHarness();
    await h.answerServices();
    h.actor.send({ type: 'service.select', serviceId: 'info' });
    h.actor.send({ type: 'flow.cancel' });
    expect(h.actor.getSnapshot().output).toEqual({ outcome: 'cancelled' });
    expect(h.issueRequests).toHaveLength(0);
  });
});

describe('ticket machine with a preferred service', () => {
  it('starts at the fast-track question for the preferred service, once', async () => {
    const h = startTicketHarness(TEST_TIMING, { preferredService: 'informasi' });
    await h.answerServices();
    expect(h.state()).toBe('askingFastTrack');
    expect(h.actor.getSnapshot().context.serviceId).toBe('info');
    h.actor.send({ type: 'flow.back' });
    expect(h.state()).toBe('choosingService');
  });

  it('shows the list when the preferred service is not offered', async () => {
    const h = startTicketHarness(TEST_TIMING, { preferredService: 'pajak' });
    await h.answerServices();
    expect(h.state()).toBe('choosingService');
  });
});
