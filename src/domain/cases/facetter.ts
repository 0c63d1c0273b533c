/**
 * Casesamlingens facetter, der bygger på data ét sted:
 * - tilbudstyper: en historisk tilbudstype (fx "§ 94-boform (2005)") findes også under dagens type, hvor
 *   lovoversigten (content/data/lovgivning.json, `svarerTil`) har sitets læsning af gammelt ↔ nyt nummer;
 * - metodefamilier: casenes metoder (kildernes egne navne) grupperet i content/data/case-metodefamilier.json.
 * Rene funktioner uden Astro, så de kan testes og bruges af lovposterne og casesamlingen.
 */
import { z } from '../../schemas/zod.ts';
import { CASE_TILBUDSTYPER } from '../../schemas/indhold.ts';
import type { Bestemmelse } from '../../schemas/lovgivning.ts';
import familierData from '../../../content/data/case-metodefamilier.json' with { type: 'json' };

export type CaseTilbudstype = keyof typeof CASE_TILBUDSTYPER;

/** Lovpostens id for en casetilbudstype, der selv er en paragraf i serviceloven: sel-110 → serviceloven-110, boform-94-2005 → serviceloven-2005-94. */
export function lovpostForTilbudstype(t: string): string | undefined {
  const nu = /^sel-(\d+)$/.exec(t);
  if (nu) return `serviceloven-${nu[1]}`;
  const foer = /^boform-(\d+)-2005$/.exec(t);
  if (foer) return `serviceloven-2005-${foer[1]}`;
  return undefined;
}

/** Omvendt: casetilbudstypen for en lovpost (kun paragraffer uden stk., der er et tilbuds lovgrundlag). */
export function tilbudstypeForBestemmelse(b: Pick<Bestemmelse, 'lov' | 'paragraf' | 'stk' | 'aera'>): CaseTilbudstype | undefined {
  if (b.lov !== 'serviceloven' || b.stk || !b.paragraf) return undefined;
  const noegle = b.aera === 'gaeldende' ? `sel-${b.paragraf}` : `boform-${b.paragraf}-2005`;
  return noegle in CASE_TILBUDSTYPER ? (noegle as CaseTilbudstype) : undefined;
}

export interface TilbudstypeLaesning {
  /** Dagens tilbudstype, som sitet læser den historiske som. */
  id: CaseTilbudstype;
  navn: string;
  /** Lovposten for den historiske paragraf, hvor læsningen og belægget står. */
  lovpost: string;
  belaeg: string;
}

/** Dagens tilbudstyper, som sitet læser en historisk tilbudstype som (tom for dagens typer). */
export function tilbudstypeLaesninger(t: string, bestemmelser: Bestemmelse[]): TilbudstypeLaesning[] {
  const id = lovpostForTilbudstype(t);
  const post = id ? bestemmelser.find((b) => b.id === id) : undefined;
  if (!post || post.aera !== 'historisk-2005') return [];
  return post.svarerTil.flatMap((s) => {
    const ny = bestemmelser.find((b) => b.id === s.id);
    const nyType = ny && ny.aera === 'gaeldende' ? tilbudstypeForBestemmelse(ny) : undefined;
    return nyType ? [{ id: nyType, navn: CASE_TILBUDSTYPER[nyType], lovpost: post.id, belaeg: s.belaeg }] : [];
  });
}

export const metodefamilieSkema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  navn: z.string().min(1),
  forklaring: z.string().min(1),
  metoder: z.array(z.string().min(1)).min(1),
});
export type Metodefamilie = z.infer<typeof metodefamilieSkema>;

export const METODEFAMILIER: Metodefamilie[] = z.array(metodefamilieSkema).parse(familierData);

/** Familien, en metode (kildens navn) hører til, eller undefined. */
export function familieFor(metode: string, familier: Metodefamilie[] = METODEFAMILIER): Metodefamilie | undefined {
  return familier.find((f) => f.metoder.includes(metode));
}
