/**
 * Linker lovhenvisninger i al Markdown/MDX til deres post i lovoversigten (/lovgivning/<id>/).
 * En henvisning uden lovnavn læses efter sidens frontmatter `lovStandard` (standard: serviceloven,
 * gældende). Henvisninger, der ikke kan slås op eller er flertydige, linkes ikke; de listes ved
 * bygning af integrationen i astro.config.mjs (se rapport.ts).
 */
import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { Bestemmelse } from '../schemas/lovgivning.ts';
import { findHenvisninger } from '../domain/lovhenvisninger/find.ts';
import { opretOpslag } from '../domain/lovhenvisninger/opslag.ts';
import { kontekstFor, type LovStandard } from '../domain/lovhenvisninger/side.ts';

const SPRING_OVER = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

export default function remarkLovhenvisninger({ bestemmelser }: { bestemmelser: Bestemmelse[] }) {
  const slaaOp = opretOpslag(bestemmelser);
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const kontekst = kontekstFor(file.data.astro?.frontmatter?.lovStandard as LovStandard | undefined);
    visitParents(tree, 'text', (node: Text, forfaedre) => {
      // Ikke i links, overskrifter, kode, JSX eller titlen på en Starlight-boks (:::note[Titel]), som er skjult for skærmlæsere.
      if (forfaedre.some((f) => SPRING_OVER.has(f.type) || (f.data as { directiveLabel?: boolean } | undefined)?.directiveLabel)) return;
      const fund = findHenvisninger(node.value, kontekst)
        .map((h) => ({ h, o: slaaOp(h) }))
        .filter((x) => x.o.status === 'fundet');
      if (fund.length === 0) return;
      const nye: PhrasingContent[] = [];
      let pos = 0;
      for (const { h, o } of fund) {
        if (o.status !== 'fundet') continue;
        if (h.start > pos) nye.push({ type: 'text', value: node.value.slice(pos, h.start) });
        nye.push({ type: 'link', url: `/lovgivning/${o.id}/`, children: [{ type: 'text', value: node.value.slice(h.start, h.slut) }] });
        pos = h.slut;
      }
      if (pos < node.value.length) nye.push({ type: 'text', value: node.value.slice(pos) });
      const foraelder = forfaedre[forfaedre.length - 1] as Parent;
      const i = foraelder.children.indexOf(node);
      foraelder.children.splice(i, 1, ...(nye as Parent['children']));
      return [SKIP, i + nye.length];
    });
  };
}
