import type { Root, Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ankerFor } from '../utils/slugs.ts';

/**
 * Ankre til en sides overskrifter i rækkefølge (se ankerFor); gentages et anker, får det -1, -2 …
 * Bruges af pluginet nedenfor og af testen, der tjekker, at hvert håndskrevet anker findes.
 */
export function ankerTaeller(): (overskrift: string) => string {
  const brugt = new Map<string, number>();
  return (overskrift) => {
    const grund = ankerFor(overskrift) || 'afsnit';
    const n = brugt.get(grund) ?? 0;
    brugt.set(grund, n + 1);
    return n === 0 ? grund : `${grund}-${n}`;
  };
}

/**
 * Giver overskrifter ASCII-id'er (se ankerFor). Astros egen rehypeHeadingIds, som kører bagefter,
 * beholder et id, der allerede findes, så indholdsfortegnelsen bruger de samme ankre.
 */
export default function rehypeAsciiHeadingIds() {
  return (tree: Root) => {
    const anker = ankerTaeller();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties?.id) return;
      node.properties = { ...node.properties, id: anker(toString(node)) };
    });
  };
}
