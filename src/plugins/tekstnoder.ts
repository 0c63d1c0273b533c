/**
 * Fælles for de remark-plugins, der laver dele af en tekst om til links (lovhenvisninger, begreber):
 * hvor der ikke må linkes, og hvordan en tekstnode erstattes af tekst og nye noder.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';
import { SKIP } from 'unist-util-visit-parents';

const SPRING_OVER = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

/**
 * Hvorfor en tekstnode ikke må få links, eller undefined, hvis den må: i links, overskrifter, kode,
 * JSX, eller i titlen på en Starlight-boks (:::note[Titel]), som er skjult for skærmlæsere.
 * `ekstra` er yderligere nodetyper at springe over (fx tabelceller).
 */
export function grundTilIkkeLink(forfaedre: { type: string; data?: unknown }[], ekstra: string[] = []): string | undefined {
  for (const f of forfaedre) {
    if ((f.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true) return 'boks-titel';
    if (SPRING_OVER.has(f.type) || ekstra.includes(f.type)) return f.type;
  }
  return undefined;
}

export function maaIkkeLinkes(forfaedre: { type: string; data?: unknown }[], ekstra: string[] = []): boolean {
  return grundTilIkkeLink(forfaedre, ekstra) !== undefined;
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
