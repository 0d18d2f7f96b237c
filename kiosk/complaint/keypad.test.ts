import { describe, expect, it } from 'vitest';
import { pressKey, typeKey } from './Keypad.tsx';

const typeAll = (text: string, layout: 'text' | 'digits' | 'code' | 'email', caps: 'words' | 'sentences' | 'none' = 'none') => [...text].reduce((v, k) => typeKey(v, k, layout, 600, caps), '');

describe('the complaint keypad', () => {
  it('capitalises names by word and descriptions by sentence, from lower-case keys', () => {
    expect(typeAll('siti aminah', 'text', 'words')).toBe('Siti Aminah');
    expect(typeAll('klaim belum cair. mohon dibantu', 'text', 'sentences')).toBe('Klaim belum cair. Mohon dibantu');
  });

  it('digits only on the digit pad; codes upper case with a dash (as a scanner types them)', () => {
    expect(typeAll('08a12-3', 'digits')).toBe('08123');
    expect(typeAll('a-012', 'code')).toBe('A-012');
    expect(typeKey('A-01', 'Backspace', 'code', 6)).toBe('A-0');
    expect(typeKey('', ' ', 'text', 10)).toBe('');
  });

  it('e-mail: lower case, the characters of an address and no spaces; an ending key types the whole ending', () => {
    expect(typeAll('Siti.Aminah_01+x@Mail-Box.ID', 'email')).toBe('siti.aminah_01+x@mail-box.id');
    expect(typeAll('siti aminah', 'email')).toBe('sitiaminah');
    expect(typeAll('siti,#!', 'email')).toBe('siti');
    expect(pressKey('siti', '@gmail.com', 'email', 120)).toBe('siti@gmail.com');
    expect(pressKey('budi@kantor', '.co.id', 'email', 120)).toBe('budi@kantor.co.id');
    // Never past the field's length, even from an ending key.
    expect(pressKey('abcdefgh', '@gmail.com', 'email', 12)).toBe('abcdefgh@gma');
    expect(pressKey('siti@gmail.com', 'Backspace', 'email', 120)).toBe('siti@gmail.co');
    expect(pressKey('siti@gmail.com', 'Clear', 'email', 120)).toBe('');
  });
});
