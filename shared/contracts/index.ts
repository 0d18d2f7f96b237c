export * from './branch-config.ts';
export * from './http.ts';
export * from './events.ts';
