/**
 * Rewrites the README's role-matrix rows from the contracts (the same rows
 * test/role-matrix-readme.test.ts demands), so adding a route is one command:
 * `npx tsx test/tools/write-role-matrix.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_ROUTES } from '../../shared/contracts/registry.ts';
import { ROLE_MATRIX_HEADER, roleMatrixRow } from '../../shared/contracts/role-matrix.ts';

const path = join(import.meta.dirname, '..', '..', 'README.md');
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf('\n## Role matrix\n');
const end = readme.indexOf('\n## ', start + 1);
if (start < 0 || end < 0) throw new Error('README has no "## Role matrix" section');
const section = readme.slice(start, end).split('\n');
const firstRow = section.findIndex((line) => line.startsWith('| `'));
const rows = section.filter((line) => line.startsWith('| `')).length;
section.splice(firstRow, rows, ...ALL_ROUTES.map(roleMatrixRow));
// The header and its rule follow the callers (shared/contracts/role-matrix.ts), so a new column is one command too.
const header = section.findIndex((line) => line.startsWith('| route |'));
if (header >= 0) section.splice(header, 2, ROLE_MATRIX_HEADER, ROLE_MATRIX_HEADER.replace(/[^|]+/g, ' --- '));
writeFileSync(path, readme.slice(0, start) + section.join('\n') + readme.slice(end));
console.log(`role matrix: ${ALL_ROUTES.length} rows`);
