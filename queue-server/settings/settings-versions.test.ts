/**
 * Two administrators save the same settings section (issue 14): the second, who loaded the page
 * before the first saved, gets 409 settings.conflict naming who saved, instead of overwriting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

describe('concurrent settings saves', () => {
  it('the second administrator saving from an older version gets 409 in Indonesian and changes nothing', async () => {
    server = await startTestServer();
    const ani = await server.login();
    await server.api('POST', '/api/users', { token: ani, body: { username: 'admin.budi', password: 'sandi-budi-12345', displayName: 'Budi', role: 'admin' } });
    const budi = await server.login('admin.budi', 'sandi-budi-12345');
    // Both open the page: the same version of the running text.
    const loaded = (await server.api('GET', '/api/admin/settings', { token: ani })).body.versions.runningText.version as number;
    expect((await server.api('GET', '/api/admin/settings', { token: budi })).body.versions.runningText.version).toBe(loaded);

    const first = await server.api('PUT', '/api/admin/settings/running-text', { token: budi, body: { runningText: 'Dari Budi' }, headers: { 'if-match': `"${loaded}"` } });
    expect(first.status).toBe(200);
    expect(first.body.versions.runningText).toMatchObject({ savedBy: 'admin.budi' });
    expect(first.body.versions.runningText.version).toBeGreaterThan(loaded);

    const second = await server.api('PUT', '/api/admin/settings/running-text', { token: ani, body: { runningText: 'Dari Ani' }, headers: { 'if-match': `"${loaded}"` } });
    expect([second.status, second.body.error.code]).toEqual([409, 'settings.conflict']);
    expect(second.body.error.message).toMatch(/^Pengaturan ini sudah diubah oleh admin\.budi \(.+\), muat ulang halaman untuk melihat perubahannya lalu simpan lagi\. Bagian Teks berjalan belum disimpan\.$/);
    expect((await server.api('GET', '/api/admin/settings', { token: ani })).body.settings.branch.runningText).toBe('Dari Budi');

    // Another section is not blocked by that save; a reload (the new version) saves.
    const hours = (await server.api('GET', '/api/admin/settings', { token: ani })).body;
    const other = await server.api('PUT', '/api/admin/settings/opening-hours', { token: ani, body: { openingHours: hours.settings.openingHours }, headers: { 'if-match': String(loaded) } });
    expect(other.status).toBe(200);
    const again = await server.api('PUT', '/api/admin/settings/running-text', { token: ani, body: { runningText: 'Dari Ani' }, headers: { 'if-match': String(hours.versions.runningText.version) } });
    expect(again.status).toBe(200);
    // A script without If-Match saves as before; a malformed If-Match is a 400.
    expect((await server.api('PUT', '/api/admin/settings/running-text', { token: ani, body: { runningText: 'Skrip' } })).status).toBe(200);
    const bad = await server.api('PUT', '/api/admin/settings/running-text', { token: ani, body: { runningText: 'x' }, headers: { 'if-match': 'kemarin' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'request.invalid']);
  });
});
