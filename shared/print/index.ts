export * from './document.ts';
export * from './printable-text.ts';
export * from './branch-time.ts';
export * from './queue-ticket.ts';
export * from './complaint-receipt.ts';
export * from './checklist.ts';
