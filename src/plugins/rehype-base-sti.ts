import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { medBase } from '../utils/stier.ts';

interface MdxAttribut {
  type: string;
  name?: string;
  value?: unknown;
}

/** Attributter, der rummer en adresse på sitet. */
const ADRESSER = new Set(['href', 'src']);

/**
 * Giver alle links i Markdown og MDX, der er skrevet som stier på sitet ("/vejledning/…/"), sitets
 * understi (BASE_PATH), så indholdet kan skrives uden at kende den. Gælder a/img i Markdown og
 * komponenter i MDX med en href (fx LinkCard). Kører før link-tjekket, som forventer understien.
 * Astro selv ændrer ikke links i Markdown, når `base` er sat.
 */
export default function rehypeBaseSti({ base }: { base: string }) {
  return (tree: Root) => {
    if (!base) return;
    visit(tree, (node) => {
      if (node.type === 'element') {
        const el = node as Element;
        for (const navn of ADRESSER) {
          const v = el.properties?.[navn];
          if (typeof v === 'string') el.properties[navn] = medBase(v, base);
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const a of (node as unknown as { attributes: MdxAttribut[] }).attributes) {
          if (a.type === 'mdxJsxAttribute' && a.name && ADRESSER.has(a.name) && typeof a.value === 'string') a.value = medBase(a.value, base);
        }
      }
    });
  };
}
