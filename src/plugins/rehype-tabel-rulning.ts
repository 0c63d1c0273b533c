import type { Root, Element, ElementContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { RULLERAMME_KLASSE, RULLERAMME_ROLLE } from '../utils/rulleramme.ts';

/**
 * Lægger hver tabel i en ramme, der kan rulles vandret og nås med tastaturet (tabindex="0",
 * role="region", navngivet efter nærmeste overskrift før tabellen). Så kan brede tabeller læses
 * på smalle skærme uden mus (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
export default function rehypeTabelRulning() {
  return (tree: Root) => {
    let senesteOverskrift: string | undefined;
    let nummer = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (/^h[2-6]$/.test(node.tagName) && typeof node.properties?.id === 'string') senesteOverskrift = node.properties.id;
      if (node.tagName !== 'table' || !parent || typeof index !== 'number') return;
      nummer += 1;
      const ramme: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: [RULLERAMME_KLASSE],
          role: RULLERAMME_ROLLE,
          tabIndex: 0,
          ...(senesteOverskrift ? { ariaLabelledBy: [senesteOverskrift] } : { ariaLabel: `Tabel ${nummer}` }),
        },
        children: [node as ElementContent],
      };
      parent.children[index] = ramme;
      return [SKIP, index + 1];
    });
  };
}
