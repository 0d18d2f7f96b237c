/** Wires the ticket machine to the real queue-server API (the composition root of the flow). */
import { fromPromise } from 'xstate';
import { ticketMachine } from '../../flows/ticket.machine.ts';
import type { IssueRequest, KioskApi } from '../api/kiosk-api.ts';

export function provideTicketFlow(api: KioskApi) {
  return ticketMachine.provide({
    actors: {
      // The signal aborts the fetch when the machine leaves the state (e.g. on its own timeout).
      loadServices: fromPromise(({ signal }) => api.loadServices(signal)),
      issueTicket: fromPromise(({ input, signal }: { input: IssueRequest; signal: AbortSignal }) => api.issueTicket(input, signal)),
    },
  });
}
