export * from './ticket.ts';
export * from './policy.ts';
export * from './lifecycle.ts';
export * from './estimate.ts';
