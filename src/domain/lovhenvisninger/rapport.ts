/**
 * Byggerapport: alle lovhenvisninger i content/docs, der ikke kan linkes (ukendte eller flertydige),
 * med fil og linje. Læser kildefilerne direkte, så rapporten er fuldstændig, også når Astro
 * genbruger tidligere renderet indhold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { Bestemmelse } from '../../schemas/lovgivning.ts';
import { henvisningerPaaSide, type LovStandard, type SideHenvisning } from './side.ts';

export interface SideFil {
  fil: string;
  frontmatter: Record<string, unknown>;
  krop: string;
  /** Antal linjer før brødteksten (frontmatter), så linjenumre kan vises som i filen. */
  forskydning: number;
}

export function laesSider(rod = 'content/docs'): SideFil[] {
  const ud: SideFil[] = [];
  const gaa = (dir: string) => {
    for (const navn of readdirSync(dir)) {
      const sti = join(dir, navn);
      if (statSync(sti).isDirectory()) gaa(sti);
      else if (/\.mdx?$/.test(navn)) {
        const tekst = readFileSync(sti, 'utf8');
        const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(tekst);
        const krop = m ? m[2] : tekst;
        ud.push({
          fil: relative('.', sti),
          frontmatter: m ? ((yaml.load(m[1]) as Record<string, unknown>) ?? {}) : {},
          krop,
          forskydning: tekst.slice(0, tekst.length - krop.length).split('\n').length - 1,
        });
      }
    }
  };
  gaa(rod);
  return ud.sort((a, b) => a.fil.localeCompare(b.fil));
}

export interface Rapportlinje {
  fil: string;
  linje: number;
  tekst: string;
  grund: string;
}

export function henvisningerISider(sider: SideFil[], bestemmelser: Bestemmelse[]): { side: SideFil; henvisninger: SideHenvisning[] }[] {
  return sider.map((side) => ({
    side,
    henvisninger: henvisningerPaaSide(side.krop, side.frontmatter.lovStandard as LovStandard | undefined, bestemmelser),
  }));
}

export function ikkeLinkede(sider: SideFil[], bestemmelser: Bestemmelse[]): Rapportlinje[] {
  return henvisningerISider(sider, bestemmelser).flatMap(({ side, henvisninger }) =>
    henvisninger
      .filter((h) => h.opslag.status !== 'fundet')
      .map((h) => ({
        fil: side.fil,
        linje: h.linje + side.forskydning,
        tekst: h.tekst,
        grund: h.opslag.status === 'fundet' ? '' : h.opslag.grund,
      })),
  );
}
