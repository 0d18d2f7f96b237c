// An answer's blocks as one plain text, for search indexing and for reading aloud.

import type { AnswerBlock } from './types.ts';

export function blocksToText(blocks: readonly AnswerBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') parts.push(block.text);
    else for (const item of block.items) parts.push(item.text, ...(item.children?.items.map((c) => c.text) ?? []));
  }
  return parts.filter((p) => p !== '').join(' ');
}
