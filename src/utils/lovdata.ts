/**
 * Lovoversigtens data til sider, beregnet én gang: posterne og, for hver post, de sider der henviser
 * til den (tilbagelinks), fundet med samme funktioner som link-pluginet bruger.
 */
import { getCollection } from 'astro:content';
import { laesBestemmelser } from '../domain/lovhenvisninger/data.ts';
import { henvisningerPaaSide, type LovStandard } from '../domain/lovhenvisninger/side.ts';
import { sti } from './stier.ts';
import type { Bestemmelse } from '../schemas/lovgivning.ts';

export const BESTEMMELSER: Bestemmelse[] = laesBestemmelser();

let tilbagelinks: Map<string, { href: string; titel: string }[]> | undefined;

export async function tilbagelinksFor(id: string) {
  if (!tilbagelinks) {
    tilbagelinks = new Map();
    for (const side of await getCollection('docs')) {
      const data = side.data as typeof side.data & { lovStandard?: LovStandard };
      const ider = new Set(
        henvisningerPaaSide(side.body ?? '', data.lovStandard, BESTEMMELSER)
          .map((h) => (h.opslag.status === 'fundet' ? h.opslag.id : undefined))
          .filter((x): x is string => Boolean(x)),
      );
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
