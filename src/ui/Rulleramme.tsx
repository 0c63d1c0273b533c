/**
 * Ramme om en tabel, der kan blive bredere end skærmen: rammen ruller vandret og kan nås med
 * tastaturet (tabindex="0", role="region" med tabellens titel som navn), så smalle skærme ikke får
 * vandret rulning af hele siden (WCAG 1.4.10 og 2.1.1; axe: scrollable-region-focusable).
 * Bruges både i øer og i Astro-komponenter (renderet på serveren uden JavaScript).
 */
import type { ComponentChildren } from 'preact';
import { RULLERAMME_KLASSE, RULLERAMME_ROLLE } from '../utils/rulleramme.ts';

export default function Rulleramme({ etiket, children }: { etiket: string; children: ComponentChildren }) {
  return (
    <div class={RULLERAMME_KLASSE} role={RULLERAMME_ROLLE} tabIndex={0} aria-label={etiket}>
      {children}
    </div>
  );
}
