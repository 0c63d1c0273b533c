/**
 * ASCII-ankre til overskrifter: små bogstaver, æ→ae, ø→oe, å→aa, alt andet end a–z og 0–9 bliver
 * til bindestreger. Bruges af rehype-pluginet for overskrifts-id'er og af domænekoden, når en regel
 * henviser til et afsnit, så de to altid er enige.
 */
const TEGN: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

export function ankerFor(tekst: string): string {
  return tekst
    .toLowerCase()
    .replace(/[æøåéèüöä]/g, (t) => TEGN[t] ?? t)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Stier bygges i stier.ts; hrefFor (en sides sti ud fra dens id) er `sti.side` derfra. */
export { hrefFor } from './stier.ts';
