/**
 * Fælles for de remark-plugins, der laver dele af en tekst om til links (lovhenvisninger, begreber):
 * hvor der ikke må linkes, og hvordan en tekstnode erstattes af tekst og nye noder.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';
import { SKIP } from 'unist-util-visit-parents';

const SPRING_OVER = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

/**
 * Ikke i links, overskrifter, kode, JSX eller titlen på en Starlight-boks (:::note[Titel]), som er
 * skjult for skærmlæsere. `ekstra` er yderligere nodetyper at springe over (fx tabelceller).
 */
export function maaIkkeLinkes(forfaedre: { type: string; data?: unknown }[], ekstra: string[] = []): boolean {
  return forfaedre.some(
    (f) => SPRING_OVER.has(f.type) || ekstra.includes(f.type) || (f.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true,
  );
}

export interface Indsaettelse {
  start: number;
  slut: number;
  noder: PhrasingContent[];
}

/** Erstatter tekstnoden med den oprindelige tekst, hvor stykkerne [start, slut) er byttet ud med `noder`. */
export function erstatTekst(node: Text, forfaedre: unknown[], dele: Indsaettelse[]): [typeof SKIP, number] {
  const nye: PhrasingContent[] = [];
  let pos = 0;
  for (const d of dele) {
    if (d.start > pos) nye.push({ type: 'text', value: node.value.slice(pos, d.start) });
    nye.push(...d.noder);
    pos = d.slut;
  }
  if (pos < node.value.length) nye.push({ type: 'text', value: node.value.slice(pos) });
  const foraelder = forfaedre[forfaedre.length - 1] as Parent;
  const i = foraelder.children.indexOf(node);
  foraelder.children.splice(i, 1, ...(nye as Parent['children']));
  return [SKIP, i + nye.length];
}
