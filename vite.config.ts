import { readdirSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { precompress } from './kiosk/build-tools/precompress.ts';

// Multi-page build: every kiosk/**/index.html is a page (kiosk at the root, board/, counter/ …).
const root = resolve(import.meta.dirname, 'kiosk');
function pages(dir: string, base = ''): Record<string, string> {
  const found: Record<string, string> = {};
  if (!existsSync(dir)) return found;
  if (existsSync(join(dir, 'index.html'))) found[base || 'kiosk'] = join(dir, 'index.html');
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !['node_modules', 'flows', 'public'].includes(entry.name)) {
      Object.assign(found, pages(join(dir, entry.name), base ? `${base}/${entry.name}` : entry.name));
    }
  }
  return found;
}

export default defineConfig({
  root,
  plugins: [preact(), precompress()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: { input: pages(root) },
  },
  test: {
    root: import.meta.dirname,
    include: ['shared/**/*.test.ts', 'hardware/**/*.test.ts', 'queue-server/**/*.test.ts', 'hq-server/**/*.test.ts', 'kiosk/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'test/e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
