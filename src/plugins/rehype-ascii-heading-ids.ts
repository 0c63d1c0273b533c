import type { Root, Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ankerFor } from '../utils/slugs.ts';

/**
 * Giver overskrifter ASCII-id'er (se ankerFor). Astros egen rehypeHeadingIds, som kører bagefter,
 * beholder et id, der allerede findes, så indholdsfortegnelsen bruger de samme ankre.
 */
export default function rehypeAsciiHeadingIds() {
  return (tree: Root) => {
    const brugt = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties?.id) return;
      const grund = ankerFor(toString(node)) || 'afsnit';
      const n = brugt.get(grund) ?? 0;
      brugt.set(grund, n + 1);
      node.properties = { ...node.properties, id: n === 0 ? grund : `${grund}-${n}` };
    });
  };
}
