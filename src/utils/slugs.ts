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

/** URL for en side i docs-samlingen ud fra dens id ("vejledning/indikator-1b" → "/vejledning/indikator-1b/"). */
export const hrefFor = (id: string) => (id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`);
