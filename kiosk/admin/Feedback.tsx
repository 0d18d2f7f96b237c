/** The outcome of the last save: said politely (status) or as an alert when it failed. */
import { useState } from 'preact/hooks';
import type { SettingsAnswer, SettingsChangeAnswer } from '../../shared/contracts/admin.ts';
import { messageOf } from './admin-api.ts';

export interface Outcome {
  text: string;
  error: boolean;
}

export function Feedback({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return <p class="note" role="status" />;
  return (
    <p class={`message ${outcome.error ? 'message--error' : ''}`} role={outcome.error ? 'alert' : 'status'}>
      {outcome.text}
    </p>
  );
}

/** Runs a save, shows its message, hands the new settings to the page. */
export function useSave(onSaved: (answer: SettingsAnswer) => void) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(save: () => Promise<SettingsChangeAnswer>): Promise<void> {
    setBusy(true);
    try {
      const answer = await save();
      setOutcome({ text: answer.message, error: false });
      onSaved(answer);
    } catch (e) {
      setOutcome({ text: messageOf(e), error: true });
    } finally {
      setBusy(false);
    }
  }
  return { outcome, setOutcome, busy, run };
}
