/**
 * Casesamlingens data, beregnet én gang fra docs-samlingen: alle sider med `case` i frontmatter.
 * Bruges af casesamlingens oversigt, casesiderne og vejledningens tilgangssider.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sti } from './stier.ts';
import { BESTEMMELSER } from './lovdata.ts';
import { CASE_TILBUDSTYPER, POTENTIALER, TILGANGE } from '../schemas/indhold.ts';
import { METODEFAMILIER, familieFor, tilbudstypeLaesninger, type TilbudstypeLaesning } from '../domain/cases/facetter.ts';

export type { TilbudstypeLaesning };

export interface CasePotentiale {
  id: keyof typeof POTENTIALER;
  navn: string;
  /** 'vive': VIVE placerer selv casen her; 'sitet': sitets læsning. */
  af: 'vive' | 'sitet';
}

export interface MetodefamilieKort {
  id: string;
  navn: string;
  forklaring: string;
  metoder: string[];
}

export interface CaseKort {
  href: string;
  titel: string;
  beskrivelse: string;
  kilde: 'vive-2021' | 'brugerundersoegelse-2006';
  tilbud: string;
  tilbudstype: keyof typeof CASE_TILBUDSTYPER;
  tilbudstypeNavn: string;
  /** Dagens tilbudstyper, som sitet læser en historisk tilbudstype som (fra lovoversigtens svarerTil). */
  tilbudstypeLaesninger: TilbudstypeLaesning[];
  lovgrundlag: string;
  maalgruppe: string;
  potentialer: CasePotentiale[];
  metoder: string[];
  /** Id'er på de metodefamilier, casens metoder hører til. */
  metodefamilier: string[];
  partnere: string[];
  tilgange: { id: keyof typeof TILGANGE; navn: string }[];
  relaterede: string[];
}

export const METODEFAMILIE_KORT: MetodefamilieKort[] = METODEFAMILIER.map((f) => ({ ...f }));

export function tilCaseKort(side: CollectionEntry<'docs'>): CaseKort | undefined {
  const c = side.data.case;
  if (!c) return undefined;
  const ukendte = c.metoder.filter((m) => !familieFor(m));
  if (ukendte.length > 0)
    throw new Error(`${side.id}: metoden ${ukendte.map((m) => `»${m}«`).join(', ')} står ikke i nogen familie i content/data/case-metodefamilier.json`);
  return {
    /** Sidens sti uden understi (som i frontmatterens `relaterede`); giv den understien med medBase, når den vises. */
    href: sti.side(side.id),
    titel: side.data.title,
    beskrivelse: side.data.description ?? '',
    kilde: c.kilde,
    tilbud: c.tilbud,
    tilbudstype: c.tilbudstype,
    tilbudstypeNavn: CASE_TILBUDSTYPER[c.tilbudstype],
    tilbudstypeLaesninger: tilbudstypeLaesninger(c.tilbudstype, BESTEMMELSER),
    lovgrundlag: c.lovgrundlag,
    maalgruppe: c.maalgruppe,
    potentialer: [
      ...c.potentialer.map((id) => ({ id, navn: POTENTIALER[id], af: 'vive' as const })),
      ...c.potentialerSitetsLaesning.map((id) => ({ id, navn: POTENTIALER[id], af: 'sitet' as const })),
    ],
    metoder: c.metoder,
    metodefamilier: [...new Set(c.metoder.map((m) => familieFor(m)!.id))],
    partnere: c.partnere,
    tilgange: c.tilgange.map((id) => ({ id, navn: TILGANGE[id] })),
    relaterede: c.relaterede,
  };
}

let cache: CaseKort[] | undefined;

/** Alle cases, VIVE først, derefter brugerundersøgelsen, hver gruppe efter titel. */
export async function alleCases(): Promise<CaseKort[]> {
  if (!cache) {
    const sider = await getCollection('docs', (s) => Boolean(s.data.case));
    cache = sider
      .map(tilCaseKort)
      .filter((c): c is CaseKort => Boolean(c))
      .sort((a, b) => a.kilde.localeCompare(b.kilde) * -1 || a.titel.localeCompare(b.titel, 'da'));
  }
  return cache;
}
