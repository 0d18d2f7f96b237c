/** A minimal SSE reader over fetch, for tests: collects events and resolves waits on them. */
export interface ReceivedEvent {
  id: number | null;
  type: string;
  data: unknown;
}

export function openEventStream(url: string, lastEventId?: number) {
  const controller = new AbortController();
  const events: ReceivedEvent[] = [];
  const waiters: { predicate: (e: ReceivedEvent[]) => boolean; resolve: () => void }[] = [];
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);

  const done = (async () => {
    const res = await fetch(url, { headers, signal: controller.signal });
    if (!res.body) throw new Error('no body');
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id: number | null = null;
        let type = 'message';
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) id = Number(line.slice(4));
          else if (line.startsWith('event: ')) type = line.slice(7);
          else if (line.startsWith('data: ')) data += line.slice(6);
        }
        if (!data) continue;
        events.push({ id, type, data: JSON.parse(data) as unknown });
        for (const w of [...waiters]) {
          if (w.predicate(events)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      }
    }
  })().catch(() => undefined);

  return {
    events,
    until(predicate: (e: ReceivedEvent[]) => boolean, timeoutMs = 5000): Promise<void> {
      if (predicate(events)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; got ${events.map((e) => e.type).join(', ')}`)), timeoutMs);
        waiters.push({ predicate, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close(): Promise<void> {
      controller.abort();
      return done;
    },
  };
}
