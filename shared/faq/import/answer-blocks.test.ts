import { describe, expect, it } from 'vitest';
import { answerBlocks, splitParagraphs } from './answer-blocks.ts';

describe('answerBlocks', () => {
  it('recovers an inline a./b./c. list with its introduction', () => {
    expect(answerBlocks('Syaratnya: a. KTP asli b. Kartu peserta c. Buku tabungan')).toEqual([
      { type: 'paragraph', text: 'Syaratnya:' },
      { type: 'list', style: 'alpha', items: [{ text: 'KTP asli' }, { text: 'Kartu peserta' }, { text: 'Buku tabungan' }] },
    ]);
  });
  it('needs the letters in sequence: a lone "a." is not a list', () => {
    expect(answerBlocks('Lihat butir a. di atas.')).toEqual([{ type: 'paragraph', text: 'Lihat butir a. di atas.' }]);
  });
  it('nests bullets inside lettered items and splits off the sentence after the list', () => {
    const blocks = answerBlocks('a. Kanal fisik: - Kantor cabang - Bank b. Kanal elektronik. Semua layanan gratis untuk semua peserta.');
    expect(blocks).toEqual([
      { type: 'list', style: 'alpha', items: [
        { text: 'Kanal fisik:', children: { style: 'bullet', items: [{ text: 'Kantor cabang' }, { text: 'Bank' }] } },
        { text: 'Kanal elektronik.' },
      ] },
      { type: 'paragraph', text: 'Semua layanan gratis untuk semua peserta.' },
    ]);
  });
  it('reads a dash list', () => {
    expect(answerBlocks('- Tauhid - Khalifah - Adl')).toEqual([
      { type: 'list', style: 'bullet', items: [{ text: 'Tauhid' }, { text: 'Khalifah' }, { text: 'Adl' }] },
    ]);
  });
});

describe('splitParagraphs', () => {
  it('does not break after abbreviations and groups short sentences', () => {
    expect(splitParagraphs('Diatur dalam UU No. 24 Tahun 2011. Berlaku sejak 2014.')).toEqual(['Diatur dalam UU No. 24 Tahun 2011. Berlaku sejak 2014.']);
    const long = `${'Kalimat panjang sekali. '.repeat(30)}`.trim();
    expect(splitParagraphs(long).length).toBeGreaterThan(1);
  });
});
