/**
 * Rammen om brede tabeller: den ruller vandret, kan nås med tastaturet og er navngivet, så den kan
 * findes som område (WCAG 1.4.10 og 2.1.1; axe: scrollable-region-focusable). Fælles for
 * Markdown-tabeller (rehype-tabel-rulning) og tabeller i komponenter og øer (Rulleramme).
 */
export const RULLERAMME_KLASSE = 'tabel-rulning';
export const RULLERAMME_ROLLE = 'region';
