/** The README's role matrix is the contracts' (shared/contracts/role-matrix.ts): every route, every caller. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../shared/contracts/registry.ts';
import { ROLE_MATRIX_HEADER, roleMatrixRow } from '../shared/contracts/role-matrix.ts';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = /\n## Role matrix\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

describe('README role matrix', () => {
  it('has one row per route, exactly as the contracts decide', () => {
    expect(section).toContain(ROLE_MATRIX_HEADER);
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toEqual(ALL_ROUTES.map(roleMatrixRow));
  });
});
