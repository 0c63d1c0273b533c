/**
 * Casesamlingens data, beregnet én gang fra docs-samlingen: alle sider med `case` i frontmatter.
 * Bruges af casesamlingens oversigt, casesiderne og vejledningens tilgangssider.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sti } from './stier.ts';
import { CASE_TILBUDSTYPER, POTENTIALER, TILGANGE } from '../schemas/indhold.ts';

export interface CaseKort {
  href: string;
  titel: string;
  beskrivelse: string;
  kilde: 'vive-2021' | 'brugerundersoegelse-2006';
  tilbud: string;
  tilbudstype: keyof typeof CASE_TILBUDSTYPER;
  tilbudstypeNavn: string;
  lovgrundlag: string;
  maalgruppe: string;
  potentialer: { id: keyof typeof POTENTIALER; navn: string }[];
  metoder: string[];
  partnere: string[];
  tilgange: { id: keyof typeof TILGANGE; navn: string }[];
  relaterede: string[];
}


export function tilCaseKort(side: CollectionEntry<'docs'>): CaseKort | undefined {
  const c = side.data.case;
  if (!c) return undefined;
  return {
    /** Sidens sti uden understi (som i frontmatterens `relaterede`); giv den understien med medBase, når den vises. */
    href: sti.side(side.id),
    titel: side.data.title,
    beskrivelse: side.data.description ?? '',
    kilde: c.kilde,
    tilbud: c.tilbud,
    tilbudstype: c.tilbudstype,
    tilbudstypeNavn: CASE_TILBUDSTYPER[c.tilbudstype],
    lovgrundlag: c.lovgrundlag,
    maalgruppe: c.maalgruppe,
    potentialer: c.potentialer.map((id) => ({ id, navn: POTENTIALER[id] })),
    metoder: c.metoder,
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
