/**
 * npm run printer:sim -- [--port 9100] [--host 127.0.0.1] [--scenario ready] [--paper 80mm] [--out data/printer-sim-tcp]
 * A stand-alone fake network printer: point KIOSK_PRINTER=tcp://127.0.0.1:9100 at it and every
 * job lands as a PNG in the output folder. Type a scenario name and Enter to change behaviour live.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PAPER_WIDTHS, type PaperWidth } from '../../../shared/print/document.ts';
import { FakeNetworkPrinter, SIM_SCENARIOS, type SimScenario } from './fake-network-printer.ts';

const isScenario = (value: string): value is SimScenario => (SIM_SCENARIOS as readonly string[]).includes(value);
const isPaper = (value: string): value is PaperWidth => (PAPER_WIDTHS as readonly string[]).includes(value);

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'ready' },
    paper: { type: 'string', default: '80mm' },
    out: { type: 'string', default: 'data/printer-sim-tcp' },
    'slow-ms': { type: 'string', default: '1500' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: harus 0-65535`);
if (!isScenario(values.scenario)) throw new Error(`--scenario ${values.scenario}: pilih salah satu dari ${SIM_SCENARIOS.join(', ')}`);
if (!isPaper(values.paper)) throw new Error(`--paper ${values.paper}: pilih 80mm atau 58mm`);

const sim = await FakeNetworkPrinter.start({
  host: values.host, port, scenario: values.scenario, paper: values.paper, outputDir: values.out, slowMs: Number(values['slow-ms']) || 1500,
});
console.log(`Printer simulasi mendengarkan di tcp://${values.host}:${sim.port} (skenario: ${sim.scenario}); hasil cetak di ${values.out}/`);
console.log(`Ketik nama skenario lalu Enter untuk menggantinya: ${SIM_SCENARIOS.join(', ')}`);
sim.on('job', (job) => {
  console.log(`job ${job.index}: ${job.bytes.length} byte, ${job.printed ? (job.complete ? 'tercetak' : 'tercetak sebagian') : 'tidak dicetak'} (${job.scenario})${job.pngPath ? ` -> ${job.pngPath}` : ''}`);
});

const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  const wanted = line.trim();
  if (!wanted) return;
  if (isScenario(wanted)) {
    sim.scenario = wanted;
    console.log(`skenario sekarang: ${wanted}`);
  } else console.log(`skenario tidak dikenal: ${wanted}`);
});

const shutdown = (): void => {
  input.close();
  void sim.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
