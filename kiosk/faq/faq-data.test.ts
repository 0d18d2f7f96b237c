import { describe, expect, it } from 'vitest';
import compact from '../../shared/faq/data/faq.compact.json';
import { fromCompactFaq } from '../../shared/faq/index.ts';
import { branchFaqImporter, prepareFaq } from './faq-data.ts';

const builtIn = { default: { marker: 'built-in' } };
const fallback = () => Promise.resolve(builtIn);
const answering = (status: number, body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe("the kiosk's FAQ source", () => {
  it("shows head office's FAQ when the branch has one", async () => {
    const got = await branchFaqImporter(answering(200, { source: 'hq', version: 3, faq: compact }), fallback)();
    expect(got.default).toEqual(compact);
    const loaded = await prepareFaq(() => Promise.resolve(got));
    expect(loaded.dataset.entries.length).toBe(fromCompactFaq(compact as Parameters<typeof fromCompactFaq>[0]).entries.length);
  });

  it('uses the FAQ built into the page when the server says so, is unreachable, answers an error or off the contract', async () => {
    expect(await branchFaqImporter(answering(200, { source: 'built-in' }), fallback)()).toBe(builtIn);
    expect(await branchFaqImporter(() => Promise.reject(new TypeError('offline')), fallback)()).toBe(builtIn);
    expect(await branchFaqImporter(answering(503, { error: { code: 'unavailable', message: 'x' } }), fallback)()).toBe(builtIn);
    expect(await branchFaqImporter(answering(200, { source: 'hq', version: 3, faq: { sections: 'rusak' } }), fallback)()).toBe(builtIn);
    expect(await branchFaqImporter(() => Promise.resolve(new Response('<html>', { status: 200 })), fallback)()).toBe(builtIn);
  });
});
