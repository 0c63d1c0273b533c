/** Ord til øvelsernes bedømmelser, fælles for gennemgangen, quizzen og kalibreringen. */
import { UDFALD_NAVNE, type Udfald } from '../domain/indikator1b/index.ts';
import type { Status } from '../domain/oevelser/bedoem.ts';
import { stort } from './tekster.ts';

export const STATUS_TEKST: Record<Status, string> = {
  rigtigt: 'Rigtigt.',
  forsvarligt: 'Forsvarligt – med en anden læsning.',
  uafklaret: 'Forsvarligt – det afhænger af det, der skal undersøges.',
  forkert: 'Ikke helt.',
};

/** Kort mærke i oversigter. */
export const STATUS_KORT: Record<Status, string> = {
  rigtigt: 'rigtigt',
  forsvarligt: 'forsvarligt med en anden læsning',
  uafklaret: 'forsvarligt, skal undersøges',
  forkert: 'ikke helt',
};

export function udfaldTekst(u: Udfald): string {
  return stort(UDFALD_NAVNE[u]);
}
