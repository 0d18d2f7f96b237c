/**
 * Every page works under the server's strict Content-Security-Policy (no inline script, no inline
 * style element, no framing): the browser reports no violation while the page starts and runs.
 */
import { expect, test } from './fixtures/queue-server.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

test('the kiosk, board, console, supervisor and ticket pages run without a CSP violation', async ({ page, queueServer }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|CSP/i.test(m.text())) violations.push(`${new URL(page.url()).pathname}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const issued = await fetch(`${queueServer.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'jht' }) });
  const { ticket } = (await issued.json()) as { ticket: { id: string; number: string } };

  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  await page.getByTestId('tile-faq').click();
  await expect(kiosk.screen('home')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const pages: [string, string][] = [
    ['/board/', 'body'],
    ['/counter/', 'button'],
    ['/supervisor/', 'button'],
    [`/tiket/${ticket.id}`, `text=${ticket.number}`],
  ];
  for (const [path, selector] of pages) {
    await page.goto(queueServer.url + path);
    await expect(page.locator(selector).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
  // The specs share one server per worker: leave no waiting ticket behind for the next one.
  const cancelled = await fetch(`${queueServer.url}/api/tickets/${ticket.id}/cancel`, { method: 'POST', headers: { authorization: `Bearer ${await queueServer.login()}` } });
  expect(cancelled.status).toBe(200);
});

test('no page can be framed by another site', async ({ page, queueServer }) => {
  const res = await page.request.get(`${queueServer.url}/counter/`);
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-frame-options']).toBe('DENY');
});
