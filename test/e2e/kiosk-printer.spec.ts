/**
 * A real server whose kiosk printer cannot be reached (KIOSK_PRINTER points at a closed port):
 * the ticket is still issued, and the screen says plainly that it was not printed, keeps the
 * number with a QR code of its status URL, and asks for a photo or an officer.
 */
import { expect, startQueueServer, test, type QueueServer } from './fixtures/queue-server.ts';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { KioskPage } from './page-models/kiosk-page.ts';

test.use({ viewport: { width: 1080, height: 1920 } });

let server: QueueServer;
test.beforeAll(async () => {
  // Port 9 (discard) is closed on this machine: every print attempt is refused at once.
  server = await startQueueServer({ env: { KIOSK_PRINTER: 'tcp://127.0.0.1:9' } });
});
test.afterAll(async () => {
  await server?.dispose();
});

test('when the ticket printer is down, the number stays on screen with a QR code and plain advice', async ({ page }) => {
  const kiosk = new KioskPage(page, server);
  await kiosk.open('?resultLong=60');
  const number = await kiosk.takeTicket('jht', 'pregnant');
  const status = page.getByTestId('print-status');
  await expect(status).toHaveAttribute('data-print-status', /failed|queued|skipped/);
  await expect(status).toContainText(/tidak tercetak|belum tercetak|tidak dicetak/i);
  await expect(status).toContainText('Foto layar ini');
  await expect(page.getByTestId('ticket-qr')).toBeVisible();
  await expect(page.getByTestId('result-countdown')).toContainText(/(60|59|58) detik/);
  await expect(page.getByTestId('result-extend')).toBeVisible();
  const tickets = await kiosk.staffTickets();
  expect(tickets.map((t) => t.number)).toContain(number);
  // The QR on screen decodes to the ticket's status page at the server's public address (the one
  // a phone on the branch network opens), never the kiosk browser's own http://127.0.0.1 origin.
  const shot = PNG.sync.read(await page.getByTestId('ticket-qr').screenshot());
  const url = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data ?? '';
  const ticket = tickets.find((t) => t.number === number);
  const info = (await (await fetch(`${server.url}/api/kiosk/info`)).json()) as { ticketStatusUrl: string };
  expect(url).toBe(info.ticketStatusUrl.replace('{id}', ticket?.id ?? ''));
  expect(new URL(url).hostname).not.toMatch(/^(localhost|127\.|::1)/);
  // The server listens on 127.0.0.1 in tests: open the same path there.
  const statusPage = await fetch(`${server.url}${new URL(url).pathname}`);
  expect(statusPage.status).toBe(200);
  expect(await statusPage.text()).toContain(number);
});
