/**
 * Linker lovhenvisninger i al Markdown/MDX til deres post i lovoversigten (/lovgivning/<id>/).
 * En henvisning uden lovnavn læses efter sidens frontmatter `lovStandard` (standard: serviceloven,
 * gældende). Henvisninger, der ikke kan slås op eller er flertydige, linkes ikke; de listes ved
 * bygning af integrationen i astro.config.mjs (se rapport.ts).
 */
import type { Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { erstatTekst, maaIkkeLinkes, type Indsaettelse } from './tekstnoder.ts';
import type { Bestemmelse } from '../schemas/lovgivning.ts';
import { findHenvisninger } from '../domain/lovhenvisninger/find.ts';
import { opretOpslag } from '../domain/lovhenvisninger/opslag.ts';
import { kontekstFor, type LovStandard } from '../domain/lovhenvisninger/side.ts';
import { sti } from '../utils/stier.ts';

export default function remarkLovhenvisninger({ bestemmelser }: { bestemmelser: Bestemmelse[] }) {
  const slaaOp = opretOpslag(bestemmelser);
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const kontekst = kontekstFor(file.data.astro?.frontmatter?.lovStandard as LovStandard | undefined);
    visitParents(tree, 'text', (node: Text, forfaedre) => {
      if (maaIkkeLinkes(forfaedre)) return;
      const dele: Indsaettelse[] = [];
      for (const h of findHenvisninger(node.value, kontekst)) {
        const o = slaaOp(h);
        if (o.status !== 'fundet') continue;
        dele.push({ start: h.start, slut: h.slut, noder: [{ type: 'link', url: sti.lovPost(o.id), children: [{ type: 'text', value: node.value.slice(h.start, h.slut) }] }] });
      }
      if (dele.length === 0) return;
      return erstatTekst(node, forfaedre, dele);
    });
  };
}
