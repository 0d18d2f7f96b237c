/** The sentence the head-office page shows per branch, from its incomplete days and gaps. */
import { rangeLabel, type SeqRange } from './seq-ranges.ts';

export function completenessText(branchName: string, incompleteDays: readonly string[], gaps: readonly SeqRange[]): string | null {
  if (incompleteDays.length === 0 && gaps.length === 0) return null;
  const parts: string[] = [];
  if (incompleteDays.length > 0) parts.push(`${incompleteDays.length} hari belum lengkap`);
  if (gaps.length > 0) {
    const shown = gaps.slice(0, 3).map(rangeLabel).join(', ');
    parts.push(`seq ${shown}${gaps.length > 3 ? ` dan ${gaps.length - 3} celah lain` : ''} belum diterima`);
  }
  return `${branchName}: ${parts.join(', ')}`;
}
