/**
 * Evidence for the dependency decision in hardware/README.md: does the `escpos` npm package (the
 * name on the owner's card) give us CP437 text, the standard GS ( k QR command, cutting, status
 * queries and working adapters? Run by hand, after `npm install --no-save escpos@2.5.2` (it is not a dependency: it failed
 * this evaluation): `npx tsx hardware/escpos/evaluation/escpos-package-evidence.ts`.
 * It only generates bytes into memory (a capture adapter) and touches no device.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CaptureAdapter {
  chunks: Buffer[];
  write(data: Buffer, callback?: () => void): void;
  close(callback?: () => void): void;
}

interface LegacyPrinter {
  encoding: string;
  text(value: string): LegacyPrinter;
  qrcode(value: string): LegacyPrinter;
  cut(): LegacyPrinter;
  flush(callback?: () => void): LegacyPrinter;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isLegacyPrinter(value: unknown): value is LegacyPrinter {
  return isRecord(value) && ['text', 'qrcode', 'cut', 'flush'].every((name) => typeof value[name] === 'function');
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').replace(/(..)/g, '$1 ').trim();
}

function attempt(label: string, action: () => unknown): void {
  try {
    action();
    console.log(`${label}: ok`);
  } catch (error) {
    console.log(`${label}: throws ${error instanceof Error ? error.message : String(error)}`);
  }
}

const pkg: unknown = require('escpos/package.json');
const escpos: unknown = require('escpos');
if (!isRecord(pkg) || !isRecord(escpos)) throw new Error('escpos is not installed');
console.log(`escpos version: ${String(pkg['version'])}`);
console.log(`optional dependencies: ${JSON.stringify(pkg['optionalDependencies'])}`);
const usbPkg: unknown = require('usb/package.json');
console.log(`usb resolved to: ${isRecord(usbPkg) ? String(usbPkg['version']) : 'missing'}`);

const UsbAdapter = escpos['USB'];
if (typeof UsbAdapter === 'function') {
  attempt('new escpos.USB(0x0416, 0x5011)', () => Reflect.construct(UsbAdapter, [0x0416, 0x5011]));
}
const BluetoothAdapter = escpos['Bluetooth'];
if (typeof BluetoothAdapter === 'function') {
  attempt('new escpos.Bluetooth()', () => Reflect.construct(BluetoothAdapter, ['00:00:00:00:00:00', 1]));
}

const adapter: CaptureAdapter = {
  chunks: [],
  write(data, callback) {
    this.chunks.push(Buffer.from(data));
    callback?.();
  },
  close(callback) {
    callback?.();
  },
};
const PrinterCtor = escpos['Printer'];
if (typeof PrinterCtor !== 'function') throw new Error('escpos.Printer missing');
const printer: unknown = Reflect.construct(PrinterCtor, [adapter]);
if (!isLegacyPrinter(printer)) throw new Error('escpos.Printer has an unexpected shape');
console.log(`default text encoding: ${printer.encoding}`);
printer.text('Antrian é').qrcode('https://kantor.example/t/A-012').cut().flush();
const bytes = Buffer.concat(adapter.chunks);
console.log(`bytes for text('Antrian é').qrcode(url).cut(): ${hex(bytes)}`);
console.log(`starts with ESC @ (initialise): ${bytes[0] === 0x1b && bytes[1] === 0x40}`);
console.log(`contains ESC t (code page select): ${bytes.includes(Buffer.from([0x1b, 0x74]))}`);
console.log(`"é" encoded as GB18030 (a8 a6): ${bytes.includes(Buffer.from([0xa8, 0xa6]))}`);
console.log(`QR via standard GS ( k: ${bytes.includes(Buffer.from([0x1d, 0x28, 0x6b]))}`);
console.log(`QR via ESC Z (non-standard 2D command): ${bytes.includes(Buffer.from([0x1b, 0x5a]))}`);
console.log(`has getStatus(): ${typeof Reflect.get(printer, 'getStatus') === 'function'}`);
