/**
 * Indstillinger for udgivelsen, læst fra miljøet ved bygning (se README, "Publish"):
 * - SITE_URL: sitets adresse, fx "https://vejledning.example.dk". Uden den har sitet ingen absolutte
 *   adresser (ingen kanoniske links, intet sitemap, robots.txt uden Sitemap-linje).
 * - BASE_PATH: understien, fx "/tema1". Uden den ligger sitet i roden.
 * - UDGIVER_NAVN, UDGIVER_EMAIL, UDGIVER_TELEFON, UDGIVER_WEB: udgiverens kontakt i
 *   tilgængelighedserklæringen. Uden dem viser erklæringen en tydelig pladsholder.
 * Kun til bygning (Node): læser process.env.
 */
import { normaliserBase } from './stier.ts';

const env = (navn: string) => {
  const v = typeof process !== 'undefined' ? process.env?.[navn]?.trim() : undefined;
  return v ? v : undefined;
};

/** "https://eks.dk/" → "https://eks.dk"; en adresse, der ikke er http(s), stopper bygningen. */
export function laesSiteUrl(v: string | undefined): string | undefined {
  if (!v) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`SITE_URL skal være en adresse som https://vejledning.example.dk, ikke "${v}".`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL skal begynde med https:// eller http://, ikke "${v}".`);
  if (url.pathname !== '/' && url.pathname !== '')
    throw new Error(`SITE_URL er kun adressen (fx https://vejledning.example.dk); understien sættes med BASE_PATH.`);
  return url.origin;
}

export const SITE_URL = laesSiteUrl(env('SITE_URL'));
/** "/tema1" eller "" (roden). */
export const BASE_PATH = normaliserBase(env('BASE_PATH'));

export interface Udgiver {
  navn?: string;
  email?: string;
  telefon?: string;
  web?: string;
}

export const UDGIVER: Udgiver = {
  navn: env('UDGIVER_NAVN'),
  email: env('UDGIVER_EMAIL'),
  telefon: env('UDGIVER_TELEFON'),
  web: env('UDGIVER_WEB'),
};
