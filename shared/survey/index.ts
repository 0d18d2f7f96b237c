export * from './elements.ts';
export * from './ikm.ts';
export * from './sample-size.ts';
export * from './period.ts';
export * from './csv.ts';
