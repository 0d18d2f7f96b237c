/** Configuration entry -> printer adapter. */
import type { PrinterPort } from '../../hardware/escpos/printer-port.ts';
import { SimulatedPrinter } from '../../hardware/escpos/transports/simulated-printer.ts';
import { TcpPrinter } from '../../hardware/escpos/transports/tcp-printer.ts';
import { UsbLpPrinter } from '../../hardware/escpos/transports/usblp-printer.ts';
import type { PrinterEntry } from './printing-config.ts';

/** Null for "none": that printer is simply not there, and tickets answer "skipped". */
export function createPrinterPort(entry: PrinterEntry, simulatedDirectory: string): PrinterPort | null {
  const { address } = entry;
  switch (address.kind) {
    case 'tcp':
      return new TcpPrinter({ host: address.host, port: address.port });
    case 'usblp':
      return new UsbLpPrinter({ devicePath: address.devicePath, bidirectional: entry.bidirectional });
    case 'simulated':
      return new SimulatedPrinter({ directory: simulatedDirectory, paper: entry.profile.paper });
    case 'none':
      return null;
  }
}
