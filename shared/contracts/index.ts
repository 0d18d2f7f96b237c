export * from './branch-config.ts';
export * from './http.ts';
export * from './events.ts';
export * from './help-requests.ts';
export * from './printing.ts';
export * from './devices.ts';
export * from './faq-feedback.ts';
export { ALL_ROUTES, routeKey, type RouteKey } from './registry.ts';
export * from './route-contract.ts';
