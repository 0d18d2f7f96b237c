/** Report figures shared by the branch (queue-server/reports) and head office. Rows in, figures out. */
export * from './stats.ts';
export * from './visits.ts';
export * from './counters.ts';
export * from './complaints.ts';
export * from './digest.ts';
