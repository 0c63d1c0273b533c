/**
 * Ramme om en tabel, der kan blive bredere end skærmen: rammen ruller vandret og kan nås med
 * tastaturet (tabindex="0", role="region" med tabellens titel som navn), så smalle skærme ikke får
 * vandret rulning af hele siden (WCAG 1.4.10 og 2.1.1; axe: scrollable-region-focusable).
 * Bruges både i øer og i Astro-komponenter (renderet på serveren uden JavaScript).
 */
import type { ComponentChildren } from 'preact';

export default function Rulleramme({ etiket, children }: { etiket: string; children: ComponentChildren }) {
  return (
    <div class="tabel-rulning" role="region" tabIndex={0} aria-label={etiket}>
      {children}
    </div>
  );
}
