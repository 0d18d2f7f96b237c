import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipCatalogue } from '../../shared/audio/clips.ts';

// The committed clip set must match the catalogue the board asks for; a missing file would make
// the board fall silent on that word.
const dir = resolve(import.meta.dirname, '../public/audio');

describe('committed voice clips', () => {
  const manifest: unknown = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  const clips = typeof manifest === 'object' && manifest !== null && 'clips' in manifest ? manifest.clips : null;

  it('lists every clip of the catalogue with a file that exists and is not empty', () => {
    expect(clips).toBeTypeOf('object');
    for (const id of Object.keys(clipCatalogue())) {
      expect(clips).toHaveProperty([id, 'file'], `${id}.ogg`);
      const file = resolve(dir, `${id}.ogg`);
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(500);
    }
  });

  it('stays small enough to ship in the page bundle (under 400 KB)', () => {
    const total = Object.keys(clipCatalogue()).reduce((sum, id) => sum + statSync(resolve(dir, `${id}.ogg`)).size, 0);
    expect(total).toBeLessThan(400 * 1024);
  });
});
