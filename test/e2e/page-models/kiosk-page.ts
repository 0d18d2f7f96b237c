/** Drives the kiosk like a visitor does: by the visible buttons, via stable data-testid hooks. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { QueueServer } from '../fixtures/queue-server.ts';

export type FastTrackChoice = 'pregnant' | 'disability' | 'elderly' | 'eclaim' | 'none';

export interface StaffTicket {
  id: string;
  number: string;
  serviceId: string;
  fastTrack: string | null;
}

export class KioskPage {
  constructor(
    readonly page: Page,
    readonly server: QueueServer,
  ) {}

  screen(id: string): Locator {
    return this.page.locator(`[data-screen="${id}"]`);
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.server.url}/${query}`);
    await expect(this.screen('home')).toBeVisible();
    await expect(this.page.locator('body[data-ready="true"]')).toHaveCount(1);
    // The branch facts (hours, fast track per service, QR address) are in before the first touch.
    await expect(this.page.locator('html[data-branch-info="ready"]')).toHaveCount(1);
  }

  async toConfirm(serviceId: string, choice: FastTrackChoice): Promise<void> {
    await this.page.getByTestId('tile-ticket').click();
    await expect(this.screen('choose-service')).toBeVisible();
    await this.page.getByTestId(`service-${serviceId}`).click();
    await expect(this.screen('fast-track')).toBeVisible();
    await this.page.getByTestId(`fast-track-${choice}`).click();
    await expect(this.screen('confirm')).toBeVisible();
  }

  /** Waits for the result screen and returns the number shown. */
  async shownNumber(): Promise<string> {
    const number = this.page.getByTestId('ticket-number');
    await expect(number).toBeVisible({ timeout: 30_000 });
    return (await number.textContent())?.trim() ?? '';
  }

  async takeTicket(serviceId: string, choice: FastTrackChoice): Promise<string> {
    await this.toConfirm(serviceId, choice);
    await this.page.getByTestId('confirm').click();
    return this.shownNumber();
  }

  /** Today's tickets as staff see them (GET /api/tickets with a login). */
  async staffTickets(): Promise<StaffTicket[]> {
    const token = await this.server.login();
    const response = await fetch(`${this.server.url}/api/tickets`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('tickets' in body) || !Array.isArray(body.tickets)) throw new Error(`unexpected /api/tickets answer: ${JSON.stringify(body)}`);
    return body.tickets.map((t: unknown): StaffTicket => {
      if (typeof t !== 'object' || t === null) throw new Error('ticket is not an object');
      const get = (key: string): unknown => Reflect.get(t, key);
      return { id: String(get('id')), number: String(get('number')), serviceId: String(get('serviceId')), fastTrack: get('fastTrack') === null ? null : String(get('fastTrack')) };
    });
  }
}
