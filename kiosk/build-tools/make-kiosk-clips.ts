/**
 * Renders the kiosk's read-aloud clips (kiosk/app/a11y/kiosk-clips.ts) into
 * kiosk/public/audio/kiosk/<id>.ogg, committed like the board's clips (Vite copies public/ into
 * dist). Run: `npm run audio:kiosk-clips` (needs `apt-get install -y espeak-ng sox`).
 * A human recording with the same file name (mono Ogg Vorbis) replaces a clip; rerunning the
 * script renders only the clips whose file is missing unless `--all` is given.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KIOSK_CLIPS } from '../app/a11y/kiosk-clips.ts';

const OUT_DIR = resolve(import.meta.dirname, '../public/audio/kiosk');
/** A little slower than conversation: elderly listeners in a noisy hall (speech.ts uses rate 0.9). */
const WORDS_PER_MINUTE = '140';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

for (const tool of ['espeak-ng', 'sox']) {
  try {
    run(tool, ['--version']);
  } catch {
    console.error(`${tool} tidak ditemukan. Pasang dulu: apt-get install -y espeak-ng sox`);
    process.exit(1);
  }
}

mkdirSync(OUT_DIR, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'kios-k-kiosk-clips-'));
const all = process.argv.includes('--all');
const manifest: Record<string, { file: string; text: string }> = {};
try {
  for (const clip of KIOSK_CLIPS) {
    const file = `${clip.id}.ogg`;
    const out = join(OUT_DIR, file);
    manifest[clip.id] = { file, text: clip.text };
    if (existsSync(out) && !all) continue;
    const raw = join(work, 'raw.wav');
    run('espeak-ng', ['-v', 'id', '-s', WORDS_PER_MINUTE, '-w', raw, clip.text]);
    // Trim the silence at both ends, 16 kHz mono Ogg Vorbis at speech quality, normalised.
    run('sox', ['-R', raw, '-r', '16000', '-c', '1', '-C', '1', out, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse', 'norm', '-1']);
    console.log(`${file}: ${clip.text}`);
  }
  // What each file says, for whoever replaces one with a recording.
  writeFileSync(join(OUT_DIR, 'manifest.json'), `${JSON.stringify({ clips: manifest }, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
