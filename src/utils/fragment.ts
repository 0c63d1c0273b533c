/**
 * Adressens fragment (#navn=værdi): øerne gemmer delte data her, fordi browseren aldrig sender
 * fragmentet til en server. Parameternavnene står kun her; stierne før # bygges i stier.ts.
 * Værdierne er tal eller base64url (pakFragment i src/domain/indikator1b/beregner.ts).
 */

/** Parameternavnene i fragmentet. Quizzens frø og kalibreringens resultat bor på hver sin side. */
export const FRAGMENT = {
  /** Beregnerens tilstand, pakket (/oevelser/beregn-1b/). */
  beregning: 'b',
  /** Kalibreringens tilbud, pakket (deltager- og sammenligningssiden). */
  tilbud: 't',
  /** En deltagers resultat i kalibreringen, pakket (sammenligningssiden). */
  resultat: 'r',
  /** Quizzens frø til rækkefølgen af spørgsmålene. */
  froe: 'r',
} as const;

export type FragmentNavn = (typeof FRAGMENT)[keyof typeof FRAGMENT];

/** Værdien af en parameter i et fragment ("#t=abc" → "abc") eller i en hel adresse; null uden den. */
export function fragmentParameter(hashEllerAdresse: string, navn: FragmentNavn): string | null {
  const i = hashEllerAdresse.indexOf('#');
  const hash = i >= 0 ? hashEllerAdresse.slice(i) : '';
  const m = new RegExp(`(?:^#|&)${navn}=([A-Za-z0-9_-]*)`).exec(hash);
  return m ? m[1] : null;
}

/** Et fragment med én parameter: fragment('b', 'abc') → "#b=abc". */
export function fragment(navn: FragmentNavn, vaerdi: string | number): string {
  return `#${navn}=${vaerdi}`;
}
