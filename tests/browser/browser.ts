/**
 * Bevaret for ældre importer: alt ligger nu i fixture.ts, som nye tests bør importere direkte.
 */
export * from './fixture.ts';
