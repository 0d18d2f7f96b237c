/** The CSO console and supervisor page as an officer uses them, for the officers' specs. */
import { expect, type Page } from '@playwright/test';
import type { Staff } from '../../bench/board-server.ts';

export interface Officer {
  username: string;
  password: string;
}

/** A CSO account of its own per counter (one officer, one counter). */
export async function createOfficer(staff: Staff, username: string, role: 'cso' | 'supervisor' = 'cso'): Promise<Officer> {
  const officer = { username, password: `sandi-${username}-12345` };
  const r = await staff.post('/api/users', { ...officer, displayName: username, role });
  if (r.status !== 201) throw new Error(`user ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return officer;
}

/** Records every sound the page starts (Chromium plays nothing audible headless; the call is what counts). */
export async function recordSounds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: string[] = [];
    Object.defineProperty(window, '__played', { value: played });
    HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
      played.push(this.currentSrc || this.src);
      setTimeout(() => this.dispatchEvent(new Event('ended')), 50);
      return Promise.resolve();
    };
  });
}

export const soundsPlayed = (page: Page): Promise<string[]> => page.evaluate(() => [...((window as unknown as { __played?: string[] }).__played ?? [])]);

async function signIn(page: Page, url: string, officer: Officer): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Nama pengguna').fill(officer.username);
  await page.getByLabel('Kata sandi').fill(officer.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

export async function openConsole(page: Page, base: string, officer: Officer, counterName: string): Promise<void> {
  await signIn(page, `${base}/counter/`, officer);
  await page.getByRole('button', { name: new RegExp(`^${counterName}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(counterName);
}

export async function openSupervisor(page: Page, base: string, officer: Officer): Promise<void> {
  await signIn(page, `${base}/supervisor/`, officer);
  await expect(page.getByRole('heading', { name: 'Pemantauan Cabang' })).toBeVisible();
}

/** The ticket numbers of the console's waiting list, top first (the order the counter will call). */
export const callOrderOf = (page: Page): Promise<string[]> => page.locator('[data-testid=call-order] li[data-ticket]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ticket') ?? ''));
