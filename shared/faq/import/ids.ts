// Stable entry ids: "<section slug>-<hash of the normalised question>". Derived from content, not
// position, so re-importing (or a reordered guide) keeps ids, feedback counts and query labels valid.
// Punctuation, case and the repaired `�` do not change an id; rewording a question does.

/** FNV-1a 32-bit: tiny, dependency-free and stable across runtimes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function normaliseForId(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function shortHash(text: string): string {
  return fnv1a(normaliseForId(text)).toString(36).padStart(7, '0');
}

/**
 * Assigns ids to one section's questions. When a section asks the same question twice, the answer
 * joins the hash; a third collision gets a counter (deterministic, in guide order).
 */
export function entryIds(sectionId: string, entries: readonly { question: string; answer: string }[]): string[] {
  const used = new Set<string>();
  return entries.map(({ question, answer }) => {
    let id = `${sectionId}-${shortHash(question)}`;
    if (used.has(id)) id = `${sectionId}-${shortHash(`${question} ${answer}`)}`;
    for (let n = 2; used.has(id); n++) id = `${sectionId}-${shortHash(question)}-${n}`;
    used.add(id);
    return id;
  });
}
