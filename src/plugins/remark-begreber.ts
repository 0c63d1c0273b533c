/**
 * Linker første omtale af hvert begreb på en side til begrebslisten (/begreber/#<id>). Uden
 * JavaScript er det et almindeligt link; skærmlæsere får begrebets korte forklaring som beskrivelse
 * (aria-describedby til en skjult tekst), og musebrugere ser den som værktøjstip (title).
 */
import type { Root, Text, PhrasingContent } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { sti } from '../utils/stier.ts';
import { erstatTekst, maaIkkeLinkes, type Indsaettelse } from './tekstnoder.ts';
import type { Begreb } from '../schemas/lovgivning.ts';
import { begrebsmoenstre, findBegreber } from '../domain/begreber/find.ts';

const FORKORTELSER = /(?:^|[\s(])(?:ca|fx|f\.eks|jf|nr|stk|bl\.a|pct|mv|dvs|evt|kap|osv|inkl)\.$/i;

/** Sætningerne i en tekst; et punktum efter en forkortelse (ca., fx, stk.) afslutter ikke en sætning. */
export function saetninger(tekst: string): string[] {
  const ud: string[] = [];
  let start = 0;
  for (const m of tekst.matchAll(/[.!?](?=\s+[A-ZÆØÅ0-9])/g)) {
    const slut = m.index + 1;
    if (FORKORTELSER.test(tekst.slice(start, slut))) continue;
    ud.push(tekst.slice(start, slut).trim());
    start = slut;
  }
  if (start < tekst.length) ud.push(tekst.slice(start).trim());
  return ud.filter(Boolean);
}

/** Den korte forklaring: første sætning (to, hvis den første blot siger, at kilderne ikke forklarer ordet), højst ca. 220 tegn. */
export function kortForklaring(definition: string): string {
  const s = saetninger(definition);
  const tekst = s[0]?.startsWith('Kilderne forklarer ikke') && s[1] ? `${s[0]} ${s[1]}` : (s[0] ?? definition);
  return tekst.length > 220 ? `${tekst.slice(0, 217)}…` : tekst;
}

export default function remarkBegreber({ begreber }: { begreber: Begreb[] }) {
  const moenstre = begrebsmoenstre(begreber.filter((b) => b.autolink));
  const efterId = new Map(begreber.map((b) => [b.id, b]));
  return (tree: Root) => {
    const brugte = new Set<string>();
    visitParents(tree, 'text', (node: Text, forfaedre) => {
      if (maaIkkeLinkes(forfaedre, ['tableCell'])) return;
      const fund = findBegreber(node.value, moenstre, brugte);
      if (fund.length === 0) return;
      const dele: Indsaettelse[] = fund.map((f) => {
        brugte.add(f.id);
        const begreb = efterId.get(f.id)!;
        const forklaring = kortForklaring(begreb.definition);
        const beskrivelsesId = `begreb-forklaring-${f.id}`;
        return {
          start: f.start,
          slut: f.slut,
          noder: [
            {
              type: 'link',
              url: sti.begreb(f.id),
              title: `${begreb.term}: ${forklaring}`,
              data: { hProperties: { className: ['begreb'], ariaDescribedBy: [beskrivelsesId] } },
              children: [{ type: 'text', value: node.value.slice(f.start, f.slut) }],
            },
            {
              type: 'text',
              value: '',
              data: {
                hName: 'span',
                hProperties: { id: beskrivelsesId, hidden: true, dataPagefindIgnore: 'all' },
                hChildren: [{ type: 'text', value: forklaring }],
              },
            } as unknown as PhrasingContent,
          ],
        };
      });
      return erstatTekst(node, forfaedre, dele);
    });
  };
}
