import { describe, expect, it } from 'vitest';
import { CORE_QUESTION_IDS, findSituation, fromCompactFaq, isCompactFaq, LIFE_EVENTS } from '../../shared/faq/index.ts';
import compact from '../../shared/faq/data/faq.compact.json';
import { FAQ_TOPICS, findTopic, orderByDemand, pageItems, questionsPerPage, topicEntries } from './faq-topics.ts';
import { situationView } from './situation-view.ts';
import { applyKey, keyPressFromKeyboard, KEY_ROWS } from './keyboard-layout.ts';

const data: unknown = compact;
if (!isCompactFaq(data)) throw new Error('the committed compact FAQ must be valid');
const dataset = fromCompactFaq(data);

describe('FAQ topics', () => {
  it('every section of the guide is in exactly one topic, and there are 8-10 tiles', () => {
    const grouped = FAQ_TOPICS.flatMap((t) => t.sectionIds);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(dataset.sections.map((s) => s.id).sort());
    expect(FAQ_TOPICS.length).toBeGreaterThanOrEqual(8);
    expect(FAQ_TOPICS.length).toBeLessThanOrEqual(10);
  });

  it('lists a topic in the guide order, each answer once', () => {
    const jht = findTopic('jht');
    if (!jht) throw new Error('jht topic');
    const entries = topicEntries(dataset, jht);
    const answerIds = entries.map((e) => e.duplicateOf ?? e.id);
    expect(new Set(answerIds).size).toBe(answerIds.length);
    const firstJht = dataset.sections.find((s) => s.id === 'jht')?.entryIds[0];
    expect(entries[0]?.id).toBe(firstJht);
    expect(entries.every((e) => jht.sectionIds.includes(e.sectionId))).toBe(true);
    // Every question of the topic's sections is reachable (duplicates only once).
    const inSections = dataset.entries.filter((e) => jht.sectionIds.includes(e.sectionId)).map((e) => e.duplicateOf ?? e.id);
    expect(new Set(answerIds)).toEqual(new Set(inSections));
  });

  it('pages: clamps the page, the last page holds the rest', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageItems(items, 0, 7)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6], page: 0, pages: 4 });
    expect(pageItems(items, 3, 7)).toEqual({ items: [21, 22], page: 3, pages: 4 });
    expect(pageItems(items, 9, 7).page).toBe(3);
    expect(pageItems(items, -2, 7).page).toBe(0);
    expect(pageItems([], 0, 7)).toEqual({ items: [], page: 0, pages: 1 });
    expect(questionsPerPage({ portrait: true, largeText: true })).toBeLessThan(questionsPerPage({ portrait: true, largeText: false }));
  });
});

describe('on-screen keyboard', () => {
  it('has the QWERTY letters and the digits', () => {
    expect(KEY_ROWS.flat().join('')).toBe('1234567890qwertyuiopasdfghjklzxcvbnm');
  });

  it('types, spaces once, deletes, clears, and stops at the limit', () => {
    let text = '';
    for (const char of 'JHT') text = applyKey(text, { kind: 'char', char }, 10);
    expect(text).toBe('jht');
    expect(applyKey('', { kind: 'space' }, 10)).toBe('');
    expect(applyKey('jht ', { kind: 'space' }, 10)).toBe('jht ');
    expect(applyKey('jht', { kind: 'backspace' }, 10)).toBe('jh');
    expect(applyKey('', { kind: 'backspace' }, 10)).toBe('');
    expect(applyKey('jht', { kind: 'clear' }, 10)).toBe('');
    expect(applyKey('abcdefghij', { kind: 'char', char: 'k' }, 10)).toBe('abcdefghij');
    expect(applyKey('jht', { kind: 'char', char: '<' }, 10)).toBe('jht');
  });

  it('maps a physical keyboard to the same presses', () => {
    expect(keyPressFromKeyboard('a')).toEqual({ kind: 'char', char: 'a' });
    expect(keyPressFromKeyboard('Backspace')).toEqual({ kind: 'backspace' });
    expect(keyPressFromKeyboard(' ')).toEqual({ kind: 'space' });
    expect(keyPressFromKeyboard('Escape')).toEqual({ kind: 'clear' });
    expect(keyPressFromKeyboard('Tab')).toBeNull();
    expect(keyPressFromKeyboard('é')).toBeNull();
  });
});

describe('topic lists ordered by what visitors ask', () => {
  const jht = findTopic('jht');
  if (!jht) throw new Error('no JHT topic');
  const guideOrder = topicEntries(dataset, jht);
  it('puts the answers rated most at this branch first, then the head questions, then the guide order', () => {
    const counts = new Map([['jht-1scqzg8', 9], ['jht-0kwcywl', 4]]);
    const ordered = orderByDemand(guideOrder, counts, CORE_QUESTION_IDS);
    expect(ordered.slice(0, 2).map((e) => e.id)).toEqual(['jht-1scqzg8', 'jht-0kwcywl']);
    const next = ordered.slice(2, 6);
    expect(next.every((e) => CORE_QUESTION_IDS.has(e.id))).toBe(true);
    expect(new Set(ordered.map((e) => e.id))).toEqual(new Set(guideOrder.map((e) => e.id)));
  });
  it('without counts opens JHT with the claim questions, not the guide\'s overseas and foreign-worker cases', () => {
    const first = orderByDemand(guideOrder, new Map(), CORE_QUESTION_IDS).slice(0, 7);
    expect(first.every((e) => CORE_QUESTION_IDS.has(e.id))).toBe(true);
    // what JHT is, then the claim for resigning, for a lay-off …; leaving Indonesia comes later
    expect(first.slice(0, 3).map((e) => e.id)).toEqual(['jht-1yxo9qr', 'jht-0kwcywl', 'jht-0w9xmip']);
    // the rest keeps the guide's order
    const rest = orderByDemand(guideOrder, new Map(), CORE_QUESTION_IDS).filter((e) => !CORE_QUESTION_IDS.has(e.id));
    expect(rest.map((e) => e.id)).toEqual(guideOrder.filter((e) => !CORE_QUESTION_IDS.has(e.id)).map((e) => e.id));
  });
});

describe('"Saya ingin…" life events', () => {
  it('each shows its first questions from the dataset and something to print where the guide has a list', () => {
    for (const event of LIFE_EVENTS) {
      const view = situationView(dataset, event, 4);
      expect(view.questions.length, event.id).toBeGreaterThanOrEqual(3);
      expect(view.questions.length).toBeLessThanOrEqual(4);
      expect(view.questions[0]?.id).toBe(event.questions[0]);
    }
  });
  it('prints the service standard\'s list when the situation names one, else an answer that lists documents', () => {
    const quit = findSituation('berhenti-kerja');
    const death = findSituation('keluarga-meninggal');
    if (!quit || !death) throw new Error('missing situations');
    expect(situationView(dataset, quit, 4).print).toEqual({ listId: 'klaim-jht' });
    const deathPrint = situationView(dataset, death, 4).print;
    expect(deathPrint !== null && 'faqId' in deathPrint && death.questions.includes(deathPrint.faqId)).toBe(true);
  });
});
