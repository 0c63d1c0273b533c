/**
 * Linker lovhenvisninger i al Markdown/MDX til deres post i lovoversigten (/lovgivning/<id>/).
 * En henvisning uden lovnavn læses efter sidens frontmatter `lovStandard` (standard: serviceloven,
 * gældende). Henvisninger, der ikke kan slås op, er flertydige eller står et sted, hvor intet linkes
 * (titlen på en boks, JSX), linkes ikke.
 *
 * Pluginet skriver, hvad det linkede, og hvad det ikke kunne linke, i `file.data.lovhenvisninger`.
 * Tilbagelinks, byggerapporten og testene læser netop det (se lovhenvisninger-i-kilde.ts), så de
 * ser de samme henvisninger som læseren.
 */
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { erstatTekst, grundTilIkkeLink, type Indsaettelse } from './tekstnoder.ts';
import type { Bestemmelse } from '../schemas/lovgivning.ts';
import { findHenvisninger } from '../domain/lovhenvisninger/find.ts';
import { opretOpslag } from '../domain/lovhenvisninger/opslag.ts';
import { kontekstFor, type LovStandard } from '../domain/lovhenvisninger/side.ts';
import { sti } from '../utils/stier.ts';

export interface LinketHenvisning {
  id: string;
  tekst: string;
  linje: number;
}

export interface IkkeLinketHenvisning {
  tekst: string;
  linje: number;
  grund: string;
}

export interface LovhenvisningerPaaSiden {
  linket: LinketHenvisning[];
  ikkeLinket: IkkeLinketHenvisning[];
}

declare module 'vfile' {
  interface DataMap {
    lovhenvisninger: LovhenvisningerPaaSiden;
  }
}

/** Steder, hvor en henvisning bevidst står uden link og ikke skal meldes: overskrifter, kode og links. */
const STILLE = new Set(['heading', 'code', 'inlineCode', 'link', 'linkReference']);

const GRUNDE: Record<string, string> = {
  'boks-titel': 'står i titlen på en boks (:::note[…]), hvor intet linkes; flyt henvisningen ind i boksens tekst',
  mdxJsxTextElement: 'står inde i en komponent (JSX), hvor intet linkes',
  mdxJsxFlowElement: 'står inde i en komponent (JSX), hvor intet linkes',
};

export default function remarkLovhenvisninger({ bestemmelser }: { bestemmelser: Bestemmelse[] }) {
  const slaaOp = opretOpslag(bestemmelser);
  return (tree: Root, file: VFile) => {
    const kontekst = kontekstFor(file.data.astro?.frontmatter?.lovStandard as LovStandard | undefined);
    const fund: LovhenvisningerPaaSiden = { linket: [], ikkeLinket: [] };
    file.data.lovhenvisninger = fund;
    visitParents(tree, 'text', (node: Text, forfaedre) => {
      const linjeFor = (start: number) => (node.position?.start.line ?? 0) + (node.value.slice(0, start).match(/\n/g)?.length ?? 0);
      const ikkeHer = grundTilIkkeLink(forfaedre);
      if (ikkeHer) {
        if (STILLE.has(ikkeHer)) return;
        for (const h of findHenvisninger(node.value, kontekst))
          fund.ikkeLinket.push({ tekst: h.tekst, linje: linjeFor(h.start), grund: GRUNDE[ikkeHer] ?? `står i ${ikkeHer}, hvor intet linkes` });
        return;
      }
      const dele: Indsaettelse[] = [];
      for (const h of findHenvisninger(node.value, kontekst)) {
        const o = slaaOp(h);
        if (o.status !== 'fundet') {
          fund.ikkeLinket.push({ tekst: h.tekst, linje: linjeFor(h.start), grund: o.grund });
          continue;
        }
        fund.linket.push({ id: o.id, tekst: h.tekst, linje: linjeFor(h.start) });
        dele.push({
          start: h.start,
          slut: h.slut,
          noder: [{ type: 'link', url: sti.lovPost(o.id), children: [{ type: 'text', value: node.value.slice(h.start, h.slut) }] }],
        });
      }
      if (dele.length === 0) return;
      return erstatTekst(node, forfaedre, dele);
    });
  };
}
