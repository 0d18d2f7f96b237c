/** In-process fan-out of committed events to live SSE connections. */
import type { QueueEvent } from '../../shared/contracts/events.ts';

export type EventListener = (event: QueueEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: QueueEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken connection must not stop the others from hearing the event.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
