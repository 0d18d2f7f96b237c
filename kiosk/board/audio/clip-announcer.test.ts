import { describe, expect, it } from 'vitest';
import { ClipAnnouncer, type ClipPlayer } from './clip-announcer.ts';
import { AudioBlockedError, type Announcement, type Announcer } from './sequencer.ts';

class FakePlayer implements ClipPlayer {
  played: string[] = [];
  constructor(
    readonly available: Set<string>,
    readonly broken = new Set<string>(),
    readonly blocked = false,
  ) {}
  has(clip: string): boolean {
    return this.available.has(clip);
  }
  async play(clip: string): Promise<void> {
    if (this.blocked) throw new AudioBlockedError('NotAllowedError');
    if (this.broken.has(clip)) throw new Error('decode');
    this.played.push(clip);
  }
}

const a12: Announcement = {
  key: 'ev-1',
  label: 'A-012 → Loket 3',
  clips: ['chime', 'nomor-antrian', 'huruf-a', 'dua', 'belas', 'silakan-menuju-loket', 'tiga'],
  sentence: 'Nomor antrian a dua belas, silakan menuju loket tiga',
  queuedAt: 0,
};

describe('ClipAnnouncer', () => {
  it('plays the clips of a call in order', async () => {
    const p = new FakePlayer(new Set(a12.clips));
    await new ClipAnnouncer(p).say(a12);
    expect(p.played).toEqual(a12.clips);
  });

  it('a broken clip costs one word, the rest of the call is still said', async () => {
    const p = new FakePlayer(new Set(a12.clips), new Set(['belas']));
    const outcomes: string[] = [];
    await new ClipAnnouncer(p, { onClip: (c, o) => outcomes.push(`${c}:${o}`) }).say(a12);
    expect(p.played).toEqual(['chime', 'nomor-antrian', 'huruf-a', 'dua', 'silakan-menuju-loket', 'tiga']);
    expect(outcomes).toContain('belas:failed');
  });

  it('hands the whole call to the fallback voice when a clip is missing from the set', async () => {
    const p = new FakePlayer(new Set(['chime']));
    const spoken: string[] = [];
    const fallback: Announcer = { say: async (a) => void spoken.push(a.sentence ?? '') };
    await new ClipAnnouncer(p, { fallback }).say(a12);
    expect(p.played).toEqual([]);
    expect(spoken).toEqual([a12.sentence]);
  });

  it('plays what exists when the fallback voice fails (no Indonesian voice installed)', async () => {
    const p = new FakePlayer(new Set(['chime', 'tiga']));
    const fallback: Announcer = {
      say: async () => {
        throw new Error('speech: synthesis-failed');
      },
    };
    await new ClipAnnouncer(p, { fallback }).say(a12);
    expect(p.played).toEqual(['chime', 'tiga']);
  });

  it('without a fallback plays what exists', async () => {
    const p = new FakePlayer(new Set(['chime', 'tiga']));
    await new ClipAnnouncer(p).say(a12);
    expect(p.played).toEqual(['chime', 'tiga']);
  });

  it('passes the autoplay block up so the sequencer can wait and retry', async () => {
    const p = new FakePlayer(new Set(a12.clips), new Set(), true);
    await expect(new ClipAnnouncer(p).say(a12)).rejects.toBeInstanceOf(AudioBlockedError);
  });

  it('fails when not one clip could be played, so the sequencer logs it', async () => {
    const p = new FakePlayer(new Set(a12.clips), new Set(a12.clips));
    await expect(new ClipAnnouncer(p).say(a12)).rejects.toThrow(/tidak ada klip/);
  });
});
