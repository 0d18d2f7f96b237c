import { describe, expect, it, vi } from 'vitest';
import { createSpeech } from './speech.ts';

const voice = (lang: string, localService = true) => ({ lang, localService, name: lang, default: false, voiceURI: lang }) satisfies SpeechSynthesisVoice;

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  return { getVoices: () => voices, speak: vi.fn<(u: FakeUtterance) => void>(), cancel: vi.fn() };
}

interface FakeUtterance {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
}
const utterance = (text: string): FakeUtterance => ({ text, voice: null, lang: '', rate: 1 });

describe('read aloud', () => {
  it('speaks Indonesian with an Indonesian voice', () => {
    const synth = fakeSynth([voice('en-US'), voice('id-ID')]);
    const speech = createSpeech(synth, utterance);
    expect(speech.hasVoice('id')).toBe(true);
    speech.speak('Pilih layanan', 'id');
    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(synth.speak.mock.calls[0]?.[0]).toMatchObject({ text: 'Pilih layanan', lang: 'id-ID' });
  });

  it('stays silent, without error, when there is no Indonesian voice', () => {
    const synth = fakeSynth([voice('en-US')]);
    const speech = createSpeech(synth, utterance);
    expect(speech.hasVoice('id')).toBe(false);
    speech.speak('Pilih layanan', 'id');
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('works with no speech engine at all', () => {
    const speech = createSpeech(undefined, utterance);
    expect(speech.hasVoice('id')).toBe(false);
    expect(() => speech.speak('Halo', 'id')).not.toThrow();
    expect(() => speech.cancel()).not.toThrow();
  });

  it('survives an engine that throws', () => {
    const synth = { getVoices: () => [voice('id_ID')], speak: () => { throw new Error('engine down'); }, cancel: vi.fn() };
    const speech = createSpeech(synth, utterance);
    expect(speech.hasVoice('id')).toBe(true);
    expect(() => speech.speak('Halo', 'id')).not.toThrow();
  });
});
