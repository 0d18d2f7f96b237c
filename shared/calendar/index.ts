export * from './holidays.ts';
export * from './working-days.ts';
export * from './timezone.ts';
