/**
 * Bedømmelse af et svar om en person i gennemgangen, quizzen og kalibreringen. Facit er motorens
 * udfald under de valgte læsninger. Et svar, som en anden læsning giver, er ikke forkert, men
 * "forsvarligt – med en anden læsning". Skal et forløb afklares hos tilbuddet, er både "tæller med"
 * og "tæller ikke med" forsvarlige, indtil det er undersøgt.
 */
import { STANDARD_LAESNINGER, muligeUdfald, type Laesninger, type MuligtUdfald, type Person, type Tilbudstype, type Udfald } from '../indikator1b/index.ts';
import { erUklart } from './klassifikation.ts';

export const UDFALD = ['taeller', 'taeller-ikke', 'udelades'] as const satisfies readonly Udfald[];

export type Status = 'rigtigt' | 'forsvarligt' | 'uafklaret' | 'forkert';

export interface Bedoemmelse {
  status: Status;
  svar: Udfald;
  /** Udfaldet under de valgte læsninger. */
  facit: MuligtUdfald;
  /** Den anden læsning, svaret svarer til (ved "forsvarligt"). */
  anden: MuligtUdfald | null;
  /** Alle udfald, en læsning kan give (det valgte først). */
  mulige: MuligtUdfald[];
}

export function bedoemUdfald(person: Person, tilbudstype: Tilbudstype | undefined, svar: Udfald, laesninger: Laesninger = STANDARD_LAESNINGER): Bedoemmelse {
  const mulige = muligeUdfald(person, tilbudstype, laesninger);
  const facit = mulige[0];
  if (svar === facit.udfald) return { status: 'rigtigt', svar, facit, anden: null, mulige };
  const anden = mulige.find((m) => !m.valgt && m.udfald === svar) ?? null;
  if (anden) return { status: 'forsvarligt', svar, facit, anden, mulige };
  // Afhænger udfaldet af noget, der skal undersøges, kan både tæller og tæller ikke forsvares.
  const iGrundlaget = (u: Udfald) => u === 'taeller' || u === 'taeller-ikke';
  if (erUklart(person) && iGrundlaget(svar) && iGrundlaget(facit.udfald)) {
    return { status: 'uafklaret', svar, facit, anden: null, mulige };
  }
  return { status: 'forkert', svar, facit, anden: null, mulige };
}

/** Rigtigt, forsvarligt og uafklaret tæller alle som "ikke forkert" i en optælling. */
export function erGodkendt(status: Status): boolean {
  return status !== 'forkert';
}
