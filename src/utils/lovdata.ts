/**
 * Lovoversigtens data til sider, beregnet én gang: posterne og, for hver post, de sider der henviser
 * til den (tilbagelinks): de sider, hvor link-pluginet selv har linket til posten.
 */
import { getCollection } from 'astro:content';
import { laesBestemmelser } from '../data/laes.ts';
import { lovhenvisningerIKilde } from '../plugins/lovhenvisninger-i-kilde.ts';
import { sti } from './stier.ts';
import type { Bestemmelse } from '../schemas/lovgivning.ts';

export const BESTEMMELSER: Bestemmelse[] = laesBestemmelser();

/** Poster, der kun bygger på Københavns Kommunes bilag (ca. 2022): en dateret kommunal beskrivelse, ikke gældende ret. */
export const kunKommunaltBilag = (b: Bestemmelse): boolean => b.kilder.every((k) => k.dokument === 'kk-bilag-1a');

let tilbagelinks: Map<string, { href: string; titel: string }[]> | undefined;

export async function tilbagelinksFor(id: string) {
  if (!tilbagelinks) {
    tilbagelinks = new Map();
    for (const side of await getCollection('docs')) {
      const kilde = { tekst: side.body ?? '', fil: side.filePath ?? side.id, frontmatter: side.data };
      const ider = new Set(lovhenvisningerIKilde(kilde, BESTEMMELSER).linket.map((h) => h.id));
      for (const i of ider) {
        const liste = tilbagelinks.get(i) ?? [];
        liste.push({ href: sti.side(side.id), titel: side.data.title });
        tilbagelinks.set(i, liste);
      }
    }
    for (const liste of tilbagelinks.values()) liste.sort((a, b) => a.titel.localeCompare(b.titel, 'da'));
  }
  return tilbagelinks.get(id) ?? [];
}
