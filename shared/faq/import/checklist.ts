// Decides whether an answer is a list of documents a visitor must bring, so the kiosk can offer
// "Cetak persyaratan". Both the question and the list must say so: a question about requirements
// whose answer is prose, or a list of steps, is not a checklist.

import type { AnswerBlock, ListItem } from '../types.ts';
import { normaliseForId } from './ids.ts';

const ASKS_FOR_DOCUMENTS = /\b(persyaratan|syarat|dokumen|berkas|kelengkapan|dilampirkan|dilampiri|lampiran|dibawa|melampirkan)\b/i;
const DOCUMENT_WORDS =
  /\b(fotokopi|foto ?copy|kartu|ktp|kk|formulir|form|surat|buku|dokumen|asli|akta|akte|paspor|passport|npwp|paklaring|bukti|keterangan|rekening|tabungan|ijazah|visa|kitas|izin|ijin|identitas|pas foto|kuitansi|kwitansi|resume|laporan|salinan)\b/i;

function flatten(items: readonly ListItem[]): string[] {
  return items.flatMap((item) => {
    const children = item.children?.items.map((c) => c.text) ?? [];
    if (item.text === '') return children;
    return children.length > 0 ? [item.text, ...children.map((c) => `  - ${c}`)] : [item.text];
  });
}

export function checklistItems(question: string, answer: readonly AnswerBlock[]): string[] | undefined {
  const intro = answer.find((b) => b.type === 'paragraph');
  const asks = ASKS_FOR_DOCUMENTS.test(question) || (intro?.type === 'paragraph' && ASKS_FOR_DOCUMENTS.test(intro.text));
  if (!asks) return undefined;
  const list = answer.find((b) => b.type === 'list');
  if (!list || list.type !== 'list') return undefined;
  // Judged on the top-level items: nested lines are often details ("- data pemeriksaan berkala").
  const documentLike = list.items.filter((i) => DOCUMENT_WORDS.test(i.text)).length;
  if (list.items.length < 2 || documentLike / list.items.length < 0.5) return undefined;
  // The source sometimes repeats the question as item "a."; a checkbox for it would be nonsense.
  const asked = normaliseForId(question);
  return flatten(list.items.filter((i) => normaliseForId(i.text) !== asked));
}
