/**
 * Kører link-pluginet for lovhenvisninger på en sides kilde (Markdown eller MDX) og giver det, pluginet
 * selv linkede og ikke kunne linke. Tilbagelinks, byggerapporten og testene bruger denne ene vej, så de
 * ser præcis de henvisninger, læseren ser som links.
 *
 * Syntakstræet bygges som i Astros Markdown-processor (remark-parse, GFM, SmartyPants), med Starlights
 * direktiver (:::note[Titel]) og, for .mdx, MDX-syntaksen som i @astrojs/mdx. Kun remark-trinnet køres.
 * Læses ved bygning og i tests (Node), aldrig i browseren.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Bestemmelse } from '../schemas/lovgivning.ts';
import remarkLovhenvisninger, { type LovhenvisningerPaaSiden } from './remark-lovhenvisninger.ts';

export interface Kilde {
  /** Sidens brødtekst uden frontmatter (eller med frontmatter erstattet af tomme linjer, så linjenumrene passer). */
  tekst: string;
  /** Filens sti; afgør om teksten læses som MDX. */
  fil: string;
  frontmatter?: Record<string, unknown>;
}

/** Syntakstræet som Astro og Starlight bygger det, efterfulgt af `plugins`. Synkron: alle trin er synkrone. */
export function koerRemark(kilde: Kilde, plugins: PluggableList): VFile {
  const fil = new VFile({ value: kilde.tekst, path: kilde.fil, data: { astro: { frontmatter: kilde.frontmatter ?? {} } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkDirective)
    .use(kilde.fil.endsWith('.mdx') ? [remarkMdx] : [])
    .use(plugins);
  processor.runSync(processor.parse(fil), fil);
  return fil;
}

// Samme kilde og samme poster giver samme fund; bygning og tests spørger flere gange om samme side.
const husket = new WeakMap<Bestemmelse[], Map<string, LovhenvisningerPaaSiden>>();

export function lovhenvisningerIKilde(kilde: Kilde, bestemmelser: Bestemmelse[]): LovhenvisningerPaaSiden {
  const noegle = JSON.stringify([kilde.fil, kilde.tekst, kilde.frontmatter?.lovStandard ?? null]);
  const cache = husket.get(bestemmelser) ?? new Map<string, LovhenvisningerPaaSiden>();
  husket.set(bestemmelser, cache);
  let fund = cache.get(noegle);
  if (!fund) {
    fund = koerRemark(kilde, [[remarkLovhenvisninger, { bestemmelser }]]).data.lovhenvisninger ?? { linket: [], ikkeLinket: [] };
    cache.set(noegle, fund);
  }
  return fund;
}

export interface SideFil {
  /** Stien fra projektets rod, fx "content/docs/vejledning/indikator-1b.md". */
  fil: string;
  frontmatter: Record<string, unknown>;
  /** Brødteksten, med frontmatter erstattet af tomme linjer, så linjenumrene er filens. */
  krop: string;
}

/** Alle sider i content/docs (Markdown og MDX), sorteret efter sti. */
export function laesSider(rod = 'content/docs'): SideFil[] {
  return readdirSync(rod, { recursive: true, encoding: 'utf8' })
    .filter((navn) => /\.mdx?$/.test(navn))
    .map((navn) => {
      const fil = relative('.', join(rod, navn)).split(sep).join('/');
      const { frontmatter, content } = parseFrontmatter(readFileSync(fil, 'utf8'), { frontmatter: 'empty-with-lines' });
      return { fil, frontmatter, krop: content };
    })
    .sort((a, b) => a.fil.localeCompare(b.fil));
}

export const lovhenvisningerPaaSide = (side: SideFil, bestemmelser: Bestemmelse[]) =>
  lovhenvisningerIKilde({ tekst: side.krop, fil: side.fil, frontmatter: side.frontmatter }, bestemmelser);

export interface Rapportlinje {
  fil: string;
  linje: number;
  tekst: string;
  grund: string;
}

/** Byggerapporten: hver henvisning, link-pluginet ikke kunne linke, med fil og linje. */
export function ikkeLinkede(sider: SideFil[], bestemmelser: Bestemmelse[]): Rapportlinje[] {
  return sider.flatMap((side) => lovhenvisningerPaaSide(side, bestemmelser).ikkeLinket.map((h) => ({ fil: side.fil, ...h })));
}
