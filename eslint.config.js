// Lint: TypeScript rules plus the layering of the design card, enforced rather than hoped for:
//   shared <- hardware <- queue-server,   shared <- kiosk.
// shared/ is pure: it may not reach the disk, the network or the other layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (name) => ({ regex: `(^|/)${name}(/|$)`, message: `This layer may not import from ${name}/ (shared <- hardware <- queue-server, shared <- kiosk).` });
const ioModules = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https', 'child_process', 'node:child_process', 'better-sqlite3', 'express', 'node-hid', 'dexie'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'test/artifacts/**', '.stryker-tmp*/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**'],
    ignores: ['shared/**/*.test.ts', 'shared/**/scripts/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ioModules.map((name) => ({ name, message: 'shared/ is pure domain: pass IO in from the edge.' })),
        patterns: [layer('hardware'), layer('queue-server'), layer('kiosk')],
      }],
    },
  },
  {
    files: ['hardware/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('queue-server'), layer('kiosk')] }] },
  },
  {
    files: ['queue-server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('kiosk')] }] },
  },
  {
    // Head office shares the domain (shared/) and nothing of the branch server or its hardware.
    files: ['hq-server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('queue-server'), layer('kiosk'), layer('hardware')] }] },
  },
  {
    files: ['kiosk/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('hardware'), layer('queue-server')] }] },
  },
);
