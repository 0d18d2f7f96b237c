import { describe, expect, it } from 'vitest';
import { typeKey } from './Keypad.tsx';

const typeAll = (text: string, layout: 'text' | 'digits' | 'code', caps: 'words' | 'sentences' | 'none' = 'none') => [...text].reduce((v, k) => typeKey(v, k, layout, 600, caps), '');

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
});
