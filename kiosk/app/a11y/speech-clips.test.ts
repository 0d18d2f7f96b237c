import { describe, expect, it, vi } from 'vitest';
import { clipFor, KIOSK_CLIPS } from './kiosk-clips.ts';
import { withClipFallback, type Speech } from './speech.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

function voice(has: boolean) {
  const speak = vi.fn<Speech['speak']>();
  const speech: Speech = { hasVoice: () => has, speak, cancel: vi.fn() };
  return Object.assign(speech, { speak });
}

describe('read aloud with recorded clips', () => {
  it('plays the clip of a fixed Indonesian text when the browser has no Indonesian voice', () => {
    const clips = { play: vi.fn<(id: string) => void>(), stop: vi.fn<() => void>() };
    const speech = withClipFallback(voice(false), clips, clipFor);
    expect(speech.hasVoice('id')).toBe(true);
    speech.speak('Pilih layanan. Sentuh layanan yang Anda perlukan.', 'id');
    expect(clips.play).toHaveBeenCalledWith('choose-service');
    // A text with a number in it has no clip: silence, not a wrong clip.
    clips.play.mockClear();
    speech.speak('Nomor antrean Anda: A 7.', 'id');
    expect(clips.play).not.toHaveBeenCalled();
    expect(speech.hasVoice('en')).toBe(false);
  });

  it('keeps the browser voice when one exists', () => {
    const clips = { play: vi.fn<(id: string) => void>(), stop: vi.fn<() => void>() };
    const browser = voice(true);
    const speech = withClipFallback(browser, clips, clipFor);
    speech.speak('Selamat datang. Sentuh salah satu tombol di bawah.', 'id');
    expect(browser.speak).toHaveBeenCalledTimes(1);
    expect(clips.play).not.toHaveBeenCalled();
  });

  it('every clip text maps to one committed file', () => {
    for (const clip of KIOSK_CLIPS) {
      expect(clipFor(clip.text)).toBe(clip.id);
      expect(existsSync(resolve(import.meta.dirname, '../../public/audio/kiosk', `${clip.id}.ogg`)), clip.id).toBe(true);
    }
  });
});
