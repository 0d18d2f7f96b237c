/**
 * The README's HTTP section is checked against the contract: one row per declared route (method,
 * path, who may call it, the route's summary) and one per domain error code with its HTTP
 * status and a meaning. Add a route or a code and this fails until the README says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../shared/contracts/registry.ts';
import { errorRowStart, routeRow } from '../shared/contracts/readme-tables.ts';
import { ERROR_CODES } from '../shared/errors.ts';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = /\n## HTTP API\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const rows = section.split('\n').filter((line) => line.startsWith('| `'));

describe('README HTTP section', () => {
  it('lists every route of the contract as declared, and no other', () => {
    const routeRows = rows.filter((row) => /^\| `(GET|POST|PUT|PATCH|DELETE) \//.test(row));
    expect([...routeRows].sort()).toEqual(ALL_ROUTES.map(routeRow).sort());
  });

  it('lists every domain error code with its HTTP status and a meaning, and no other', () => {
    const errorRows = rows.filter((row) => !/^\| `(GET|POST|PUT|PATCH|DELETE) \//.test(row));
    const documented = errorRows.map((row) => row.slice(0, row.indexOf('|', row.indexOf('|', 1) + 1) + 1).trim());
    expect([...documented].sort()).toEqual(ERROR_CODES.map(errorRowStart).sort());
    for (const row of errorRows) expect(row.split('|')[3]?.trim().length, row).toBeGreaterThan(10);
  });
});
