import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { prepareFaq, type LoadedFaq } from './faq-data.ts';
import { faqMachine, type PrintAnswer, type PrintTarget } from './faq.machine.ts';
import compact from '../../shared/faq/data/faq.compact.json';

const loaded: Promise<LoadedFaq> = prepareFaq(async () => ({ default: compact }));

function start(options: { load?: () => Promise<LoadedFaq>; print?: (target: PrintTarget) => Promise<PrintAnswer> } = {}) {
  const votes: Array<{ faqId: string; helpful: boolean }> = [];
  const printed: string[] = [];
  const actor = createActor(
    faqMachine.provide({
      actors: {
        loadFaq: fromPromise(options.load ?? (() => loaded)),
        printChecklist: fromPromise(async ({ input }: { input: PrintTarget }) => {
          printed.push('faqId' in input ? input.faqId : `list:${input.listId}`);
          return (options.print ?? (async () => ({ status: 'printed', reason: null }) satisfies PrintAnswer))(input);
        }),
      },
      actions: { sendFeedback: (_args, params) => void votes.push(params) },
    }),
  ).start();
  return { actor, votes, printed };
}

describe('FAQ flow', () => {
  it('loads the data, then browses a topic page by page and stays within its pages', async () => {
    const { actor } = start();
    expect(actor.getSnapshot().value).toBe('loading');
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'topic.open', topicId: 'jht' });
    expect(actor.getSnapshot().context).toMatchObject({ topicId: 'jht', page: 0 });
    actor.send({ type: 'page.previous' });
    expect(actor.getSnapshot().context.page).toBe(0);
    actor.send({ type: 'page.next', pages: 2 });
    actor.send({ type: 'page.next', pages: 2 });
    expect(actor.getSnapshot().context.page).toBe(1);
    actor.send({ type: 'page.previous' });
    expect(actor.getSnapshot().context.page).toBe(0);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('topics');
  });

  it('a broken download shows the unavailable screen (which offers the information queue)', async () => {
    const { actor } = start({ load: () => Promise.reject(new Error('network')) });
    await waitFor(actor, (s) => s.matches('unavailable'));
  });

  it('types on the keyboard, opens an answer and comes back to the search with the text kept', async () => {
    const { actor } = start();
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'search.open' });
    for (const char of 'jht') actor.send({ type: 'key.press', key: { kind: 'char', char } });
    actor.send({ type: 'key.press', key: { kind: 'space' } });
    actor.send({ type: 'key.press', key: { kind: 'space' } });
    expect(actor.getSnapshot().context.query).toBe('jht ');
    actor.send({ type: 'entry.open', entryId: 'jht-0kwcywl' });
    expect(actor.getSnapshot().matches('answer')).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('search');
    expect(actor.getSnapshot().context.query).toBe('jht ');
    actor.send({ type: 'key.press', key: { kind: 'clear' } });
    expect(actor.getSnapshot().context.query).toBe('');
  });

  it('an answer opened from a list goes back to the same page of that list', async () => {
    const { actor } = start();
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'topic.open', topicId: 'jkm' });
    actor.send({ type: 'page.next', pages: 5 });
    actor.send({ type: 'entry.open', entryId: 'jkm-1drt19q' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('questions');
    expect(actor.getSnapshot().context.page).toBe(1);
  });

  it('one vote per answer: a second tap sends nothing', async () => {
    const { actor, votes } = start();
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'topic.open', topicId: 'jht' });
    actor.send({ type: 'entry.open', entryId: 'jht-0kwcywl' });
    actor.send({ type: 'feedback.give', helpful: true });
    actor.send({ type: 'feedback.give', helpful: false });
    expect(votes).toEqual([{ faqId: 'jht-0kwcywl', helpful: true }]);
    expect(actor.getSnapshot().context.votes).toEqual({ 'jht-0kwcywl': true });
  });

  it('prints once per tap, shows the outcome, and forgets it when the visitor leaves the answer', async () => {
    const { actor, printed } = start({ print: async () => ({ status: 'failed', reason: 'Printer kertas habis.' }) });
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'search.open' });
    actor.send({ type: 'entry.open', entryId: 'jht-0kwcywl' });
    actor.send({ type: 'print.request' });
    actor.send({ type: 'print.request' });
    expect(actor.getSnapshot().matches({ answer: 'printing' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ answer: 'reading' }));
    expect(printed).toEqual(['jht-0kwcywl']);
    expect(actor.getSnapshot().context.print).toEqual({ status: 'failed', reason: 'Printer kertas habis.' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.print).toBeNull();
  });

  it('a print request that cannot reach the server says so', async () => {
    const { actor } = start({ print: () => Promise.reject(new Error('offline')) });
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'search.open' });
    actor.send({ type: 'entry.open', entryId: 'jht-0kwcywl' });
    actor.send({ type: 'print.request' });
    await waitFor(actor, (s) => s.context.print !== null);
    expect(actor.getSnapshot().context.print).toEqual({ status: 'unreachable', reason: null });
  });

  it('"Saya ingin…": a life event, its questions, an answer and back to the same life event', async () => {
    const { actor } = start();
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'life.open' });
    expect(actor.getSnapshot().value).toBe('lifeEvents');
    actor.send({ type: 'situation.open', situationId: 'berhenti-kerja' });
    expect(actor.getSnapshot().matches('situation')).toBe(true);
    expect(actor.getSnapshot().context.situationId).toBe('berhenti-kerja');
    actor.send({ type: 'entry.open', entryId: 'jht-0kwcywl' });
    expect(actor.getSnapshot().matches('answer')).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches('situation')).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('lifeEvents');
    expect(actor.getSnapshot().context.situationId).toBeNull();
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('topics');
  });

  it('prints a life event\'s requirements list and forgets the outcome when the visitor leaves', async () => {
    const { actor, printed } = start();
    await waitFor(actor, (s) => s.matches('topics'));
    actor.send({ type: 'life.open' });
    actor.send({ type: 'situation.open', situationId: 'berhenti-kerja' });
    actor.send({ type: 'situation.print', target: { listId: 'klaim-jht' } });
    actor.send({ type: 'situation.print', target: { listId: 'klaim-jht' } });
    await waitFor(actor, (s) => s.matches({ situation: 'reading' }) && s.context.print !== null);
    expect(printed).toEqual(['list:klaim-jht']);
    expect(actor.getSnapshot().context.print).toEqual({ status: 'printed', reason: null });
    actor.send({ type: 'nav.topics' });
    expect(actor.getSnapshot().context).toMatchObject({ print: null, situationId: null });
  });
});
