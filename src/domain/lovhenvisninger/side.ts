/**
 * Lovhenvisninger på en hel side: finder og slår op i sidens Markdown-tekst.
 * Bruges af byggerapporten, tilbagelinks og tests, så de ser det samme som link-pluginet.
 */
import type { Bestemmelse } from '../../schemas/lovgivning.ts';
import { findHenvisninger, type Aera, type Henvisning, type Kontekst } from './find.ts';
import { opretOpslag, type Opslag } from './opslag.ts';
import type { LovId } from '../../schemas/lovgivning.ts';

export interface LovStandard {
  lov?: LovId;
  aera?: Aera;
}

export function kontekstFor(lovStandard?: LovStandard): Kontekst {
  return { lov: lovStandard?.lov ?? 'serviceloven', aera: lovStandard?.aera ?? 'gaeldende', eksplicit: Boolean(lovStandard?.lov) };
}

/** Fjerner det, link-pluginet ikke linker i: kodeblokke, inline-kode, overskrifter, links, import-linjer og HTML/JSX-tags. */
export function linkbarTekst(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length))
    .replace(/^#{1,6} .*$/gm, (m) => ' '.repeat(m.length))
    .replace(/^import .*$/gm, (m) => ' '.repeat(m.length))
    .replace(/\[[^\]\n]*\]\([^)\n]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/<[^>\n]*>/g, (m) => ' '.repeat(m.length));
}

export interface SideHenvisning extends Henvisning {
  linje: number;
  opslag: Opslag;
}

export function henvisningerPaaSide(markdown: string, lovStandard: LovStandard | undefined, bestemmelser: Bestemmelse[]): SideHenvisning[] {
  const slaaOp = opretOpslag(bestemmelser);
  const tekst = linkbarTekst(markdown);
  return findHenvisninger(tekst, kontekstFor(lovStandard)).map((h) => ({
    ...h,
    linje: tekst.slice(0, h.start).split('\n').length,
    opslag: slaaOp(h),
  }));
}
