import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQueueTicket } from '../../shared/print/queue-ticket.ts';
import { decodeEscPos, printedLines, type EscPosCommand } from './decode.ts';
import { encodeDocument } from './encode.ts';
import { printerProfileSchema } from './profile.ts';
import { FIXED_INSTANT, sampleChecklist, sampleReceipt, sampleTicket, TICKET_URL } from './test-fixtures/documents.ts';

const hex = (bytes: Uint8Array): string => (Buffer.from(bytes).toString('hex').match(/.{1,64}/g) ?? []).join('\n') + '\n';
const commandsOf = (bytes: Uint8Array): EscPosCommand[] => decodeEscPos(bytes).commands;
const lastNonNewline = (cmds: EscPosCommand[]): EscPosCommand | undefined => cmds.filter((c) => c.type !== 'newline').at(-1);
const profile = (overrides: object) => printerProfileSchema.parse(overrides);

describe('ESC/POS encoding at command level', () => {
  const commands = commandsOf(encodeDocument(sampleTicket('80mm', true)));

  // The encoder selects the code page lazily; leading alignment spaces are the same in every code page.
  it('starts with initialise, cancels Kanji mode and selects CP437 before any visible text', () => {
    expect(commands.slice(0, 2)).toEqual([{ type: 'initialize' }, { type: 'kanji-off' }]);
    const firstText = commands.findIndex((c) => c.type === 'text' && c.text.trim() !== '');
    const codepage = commands.findIndex((c) => c.type === 'codepage');
    expect(commands[codepage]).toEqual({ type: 'codepage', table: 0 });
    expect(codepage).toBeLessThan(firstText);
  });

  it('prints the number at 5 x 5 and returns to normal size after it', () => {
    const at = commands.findIndex((c) => c.type === 'text' && c.text.trim() === 'A-012');
    expect(commands.slice(0, at).reverse().find((c) => c.type === 'size')).toEqual({ type: 'size', width: 5, height: 5 });
    expect(commands.slice(at).find((c) => c.type === 'size')).toEqual({ type: 'size', width: 1, height: 1 });
  });

  it('stores and prints the ticket URL with the standard GS ( k QR commands', () => {
    const qr = commands.filter((c) => c.type.startsWith('qr-'));
    expect(qr).toEqual([
      { type: 'qr-model', model: 2 },
      { type: 'qr-module-size', size: 6 },
      { type: 'qr-error-level', level: 'm' },
      { type: 'qr-store', payload: TICKET_URL },
      { type: 'qr-print' },
    ]);
  });

  it('marks fast track in inverted print and ends with a partial cut', () => {
    const at = commands.findIndex((c) => c.type === 'text' && c.text.includes('JALUR PRIORITAS'));
    expect(commands.slice(0, at).reverse().find((c) => c.type === 'invert')).toEqual({ type: 'invert', on: true });
    expect(lastNonNewline(commands)).toEqual({ type: 'cut', partial: true, feed: 0 });
  });

  it('keeps every text byte printable ASCII or a CP437 rule line, even for typographic input', () => {
    const bytes = encodeDocument(sampleReceipt('80mm'));
    const lines = printedLines(commandsOf(bytes));
    expect(lines.join('\n')).toContain('Klaim JHT - proses lama');
    for (const c of commandsOf(bytes)) if (c.type === 'text') expect(c.text).toMatch(/^[\x20-\x7e\u2500]*$/);
    expect(commandsOf(bytes).filter((c) => c.type === 'unknown')).toEqual([]);
  });

  it('fits 58 mm paper: 32 columns, QR modules of 5 dots, and no cut on a printer without cutter', () => {
    const bytes = encodeDocument(sampleTicket('58mm'), profile({ paper: '58mm', cutter: 'none' }));
    const cmds = commandsOf(bytes);
    for (const line of printedLines(cmds)) expect(line.length).toBeLessThanOrEqual(32);
    expect(cmds).toContainEqual({ type: 'qr-module-size', size: 5 });
    expect(cmds.some((c) => c.type === 'cut')).toBe(false);
  });

  it('selects PC858 (ESC t 19) when the profile asks for it, and a full cut', () => {
    const cmds = commandsOf(encodeDocument(sampleTicket('80mm'), profile({ codePage: 'cp858', cutter: 'full' })));
    expect(cmds).toContainEqual({ type: 'codepage', table: 19 });
    expect(lastNonNewline(cmds)).toEqual({ type: 'cut', partial: false, feed: 0 });
  });

  it('never lets a long service name overflow the line, even at a large scale', () => {
    const doc = buildQueueTicket({
      paper: '58mm', branchName: 'x'.repeat(90), serviceName: 'Layanan', number: 'ABCDEFGHIJ', fastTrack: false, issuedAt: FIXED_INSTANT,
      timeZone: 'Asia/Jakarta', ahead: 0, estimatedWaitMinutes: 0, statusUrl: TICKET_URL,
    });
    const cmds = commandsOf(encodeDocument(doc, profile({ paper: '58mm' })));
    let width = 1;
    for (const c of cmds) {
      if (c.type === 'size') width = c.width;
      if (c.type === 'text') expect(c.text.length * width).toBeLessThanOrEqual(32);
    }
  });
});

describe('golden bytes', () => {
  it.each([
    ['queue-ticket-80mm', () => encodeDocument(sampleTicket('80mm', true))],
    ['queue-ticket-58mm-no-cutter', () => encodeDocument(sampleTicket('58mm'), profile({ paper: '58mm', cutter: 'none' }))],
    ['complaint-receipt-80mm', () => encodeDocument(sampleReceipt('80mm'))],
    ['checklist-58mm', () => encodeDocument(sampleChecklist('58mm'), profile({ paper: '58mm' }))],
  ])('%s matches its reviewed snapshot', async (name, encode) => {
    await expect(hex(encode())).toMatchFileSnapshot(`./golden/${name}.hex`);
  });
});

describe('encoding untrusted text', () => {
  it('whatever the text, the bytes decode to known commands and printable ASCII only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom('80mm' as const, '58mm' as const), (value, paper) => {
        const doc = buildQueueTicket({
          paper, branchName: value, serviceName: value, number: value.slice(0, 8) || 'A-001', fastTrack: value.length % 2 === 0,
          issuedAt: FIXED_INSTANT, timeZone: 'Asia/Jakarta', ahead: value.length, estimatedWaitMinutes: value.length, statusUrl: TICKET_URL,
        });
        const commands = commandsOf(encodeDocument(doc, profile({ paper })));
        expect(commands.filter((c) => c.type === 'unknown')).toEqual([]);
        for (const c of commands) if (c.type === 'text') expect(c.text).toMatch(/^[\x20-\x7e\u2500]*$/);
      }),
      { numRuns: 150 },
    );
  });
});
