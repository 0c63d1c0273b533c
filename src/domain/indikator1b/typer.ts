/**
 * Et scenarie: et tilbud med de personer, tilsynet møder, og hvad hver af dem er i. Typerne står her
 * uden Zod; skemaet, der validerer filerne, står i src/schemas/scenarie.ts, og et typetjek dér sikrer,
 * at de to beskriver det samme.
 */
import type { Fravaer, Kategori, Pension, Rolle, Tilbudstype } from './navne.ts';

export interface Forloeb {
  kategori: Kategori;
  timerPrUge?: number;
  fravaer?: Fravaer;
  /** Kun meningsfuld med fravaer; udeladt betyder, at personen kan vende tilbage. */
  kanVendeTilbage?: boolean;
  /** Lovgrundlaget for et andet særligt tilbud (kræves for kategorien "andet-saerligt-tilbud"). */
  hjemmel?: string;
  beskrivelse?: string;
  /** Øvelserne: hvad der skal undersøges hos tilbuddet, fordi beskrivelsen ikke afgør sagen. */
  afklares?: string;
}

export interface Person {
  id: string;
  navn: string;
  rolle: Rolle;
  alder?: number;
  pension?: Pension;
  beskrivelse?: string;
  forloeb: Forloeb[];
}

export interface Scenarie {
  navn: string;
  tilbudstype: Tilbudstype;
  beskrivelse?: string;
  laeringsmaal?: string;
  personer: Person[];
}
