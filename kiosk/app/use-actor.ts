/**
 * A tiny XState binding for Preact (no @xstate/react + preact/compat, to keep the entry small):
 * re-render on every snapshot of the actor.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export function useActorSnapshot<A extends AnyActorRef>(actor: A): SnapshotFrom<A> {
  const [snapshot, setSnapshot] = useState<SnapshotFrom<A>>(() => actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe({
      next: (next: SnapshotFrom<A>) => setSnapshot(next),
      // Errors are shown by the screens from the snapshot; never let them escape as uncaught.
      error: () => setSnapshot(actor.getSnapshot()),
    });
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}
