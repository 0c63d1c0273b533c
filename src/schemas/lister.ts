/**
 * Ordforråd, som både data, skemaer og kode nævner, ét sted og uden zod (så domænekoden og øerne kan
 * importere dem). Skemaerne i indhold.ts og lovgivning.ts bygger deres enums herfra, og
 * tests/unit/ordforraad.test.ts binder dem til dataene.
 */

/** Kildedokumenterne; hvert id har en post i content/data/kilder.json. */
export const KILDE_IDER = ['vejledning', 'kvalitetsmodellen', 'vive-2021', 'brugerundersoegelse-2006', 'kk-bilag-1a'] as const;
export type KildeId = (typeof KILDE_IDER)[number];

/** Lovgivningens æraer: som de nyere kilder beskriver den, og nummereringen fra 2005/06. */
export const AERAER = {
  gaeldende: 'Gældende, som de nyere kilder beskriver det',
  'historisk-2005': 'Historisk (nummereringen fra 2005/06)',
} as const;
export type Aera = keyof typeof AERAER;
export const AERA_IDER = Object.keys(AERAER) as [Aera, ...Aera[]];
