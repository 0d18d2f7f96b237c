/**
 * The on-screen keyboard: the QWERTY layout Indonesian keyboards use, digits on top, and what a
 * key press does to the text typed so far. Pure, so the machine and the tests share it.
 */
export type KeyPress = { kind: 'char'; char: string } | { kind: 'space' } | { kind: 'backspace' } | { kind: 'clear' };

export const KEY_ROWS: readonly (readonly string[])[] = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
];

const TYPABLE = /^[a-z0-9]$/;

export function applyKey(text: string, key: KeyPress, max: number): string {
  switch (key.kind) {
    case 'clear':
      return '';
    case 'backspace':
      return text.slice(0, -1);
    case 'space':
      // No leading or double spaces: they add nothing to a search and confuse a read-back.
      return text === '' || text.endsWith(' ') || text.length >= max ? text : `${text} `;
    case 'char': {
      const char = key.char.toLowerCase();
      return TYPABLE.test(char) && text.length < max ? text + char : text;
    }
  }
}

/** A physical keyboard (an attendant, a test) types into the same field. */
export function keyPressFromKeyboard(key: string): KeyPress | null {
  if (key === 'Backspace') return { kind: 'backspace' };
  if (key === 'Escape') return { kind: 'clear' };
  if (key === ' ') return { kind: 'space' };
  return TYPABLE.test(key.toLowerCase()) && key.length === 1 ? { kind: 'char', char: key } : null;
}
