/**
 * The complaint flow's on-screen keyboards: letters in the QWERTY layout Indonesian keyboards use
 * (with the punctuation a sentence needs), a digit pad for NIK, KPJ and phone, an e-mail layout
 * (@ . - _ and the common domains as keys), and a code layout for ticket numbers and references. A physical keyboard types too, and so does the branch's USB
 * barcode scanner, which "types" the ticket number and presses Enter.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComplaintMessages } from '../../shared/i18n/complaint-id.ts';

export type KeypadLayout = 'text' | 'digits' | 'code' | 'email';

const ROWS: Record<KeypadLayout, readonly (readonly string[])[]> = {
  text: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', "'"],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.', '?'],
  ],
  digits: [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['0']],
  email: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', '@'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', '.', '-', '_'],
  ],
  code: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P'],
    ['A', 'S', 'D', 'F', 'G', 'H', 'J', 'K', 'L', '-'],
    ['Z', 'X', 'C', 'V', 'B', 'N', 'M'],
  ],
};

const TYPABLE: Record<KeypadLayout, RegExp> = { text: /^[\p{L}0-9 .,'?!\-/()]$/u, digits: /^[0-9]$/, code: /^[A-Za-z0-9-]$/, email: /^[A-Za-z0-9@._+-]$/ };

/** Whole endings typed by one key on the e-mail layout (most visitors' addresses end with one). */
const EMAIL_ENDINGS = ['@gmail.com', '@yahoo.com', '.com', '.co.id'] as const;

/** How on-screen letters (always lower case on the keys) are capitalised: names by word, text by sentence. */
export type Caps = 'words' | 'sentences' | 'none';

function capitalised(value: string, key: string, caps: Caps): string {
  if (caps === 'none' || !/^\p{Ll}$/u.test(key)) return key;
  const start = value === '' || (caps === 'words' ? value.endsWith(' ') : /[.?!]\s$/.test(value));
  return start ? key.toUpperCase() : key;
}

export function typeKey(value: string, key: string, layout: KeypadLayout, max: number, caps: Caps = 'none'): string {
  if (key === 'Backspace') return value.slice(0, -1);
  if (key === 'Clear') return '';
  if (key === ' ') return layout === 'text' && value !== '' && !value.endsWith(' ') && value.length < max ? `${value} ` : value;
  if (!TYPABLE[layout].test(key) || value.length >= max) return value;
  return value + (layout === 'code' ? key.toUpperCase() : layout === 'email' ? key.toLowerCase() : capitalised(value, key, caps));
}

/** A key press: one character, or a whole ending ("@gmail.com") typed character by character. */
export function pressKey(value: string, key: string, layout: KeypadLayout, max: number, caps: Caps = 'none'): string {
  if (key.length > 1 && !['Backspace', 'Clear'].includes(key)) return [...key].reduce((v, k) => typeKey(v, k, layout, max, caps), value);
  return typeKey(value, key, layout, max, caps);
}

export function Keypad(props: { m: ComplaintMessages; layout: KeypadLayout; value: string; max: number; caps?: Caps; onChange: (value: string) => void; onEnter: () => void }) {
  const { m, layout } = props;
  // The latest text, ahead of the next render: a barcode scanner types a whole ticket number
  // faster than the screen re-renders, and each keystroke must build on the one before.
  const latest = useRef(props.value);
  latest.current = props.value;
  const change = (next: string) => {
    latest.current = next;
    props.onChange(next);
  };
  // Physical keyboards and the barcode scanner (keystrokes ending with Enter). A layout effect:
  // listening by the time the screen is painted, so the first keystroke is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        props.onEnter();
        return;
      }
      const next = typeKey(latest.current, event.key, layout, props.max, props.caps);
      if (next !== latest.current || event.key.length === 1 || event.key === 'Backspace') {
        event.preventDefault();
        change(next);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [props.onChange, props.onEnter, layout, props.max]);

  const press = (key: string) => change(pressKey(latest.current, key, layout, props.max, props.caps));
  return (
    <div class={`cmp-keys cmp-keys--${layout}`} role="group" aria-label={m.keyboardLabel}>
      {ROWS[layout].map((row) => (
        <div class="cmp-keys__row" key={row.join('')}>
          {row.map((k) => (
            <button key={k} type="button" class="cmp-key" data-testid={`cmp-key-${k}`} onClick={() => press(k)}>
              {layout === 'text' ? k.toUpperCase() : k}
            </button>
          ))}
        </div>
      ))}
      {layout === 'email' && (
        <div class="cmp-keys__row">
          {EMAIL_ENDINGS.map((ending) => (
            <button key={ending} type="button" class="cmp-key cmp-key--ending" data-testid={`cmp-key-${ending}`} onClick={() => press(ending)}>
              {ending}
            </button>
          ))}
        </div>
      )}
      <div class="cmp-keys__row">
        <button type="button" class="cmp-key cmp-key--wide" data-testid="cmp-key-clear" onClick={() => press('Clear')}>
          {m.keyClear}
        </button>
        {layout === 'text' && (
          <button type="button" class="cmp-key cmp-key--space" data-testid="cmp-key-space" onClick={() => press(' ')}>
            {m.keySpace}
          </button>
        )}
        <button type="button" class="cmp-key cmp-key--wide" data-testid="cmp-key-backspace" aria-label={m.keyBackspace} onClick={() => press('Backspace')}>
          ⌫ {m.keyBackspace}
        </button>
      </div>
    </div>
  );
}
