/**
 * Resultatfilen fra en deltager i en kalibrering:
 *   { "format": "tema1-kalibrering", "version": 1, "scenarie": <tilbuddet i scenarieformatet>,
 *     "deltager": "<alias>", "svar": { "<person-id>": "taeller" | "taeller-ikke" | "udelades" },
 *     "score": 1–5 eller null, "begrundelser": { "<person-id>": "<tekst>" } }   (begrundelser valgfri)
 * Her står formatet uden Zod (til browseren); kontrollen af en fil står i resultatfil-kontrol.ts.
 */
import type { Scenarie, Udfald } from '../indikator1b/index.ts';

export const FORMAT = 'tema1-kalibrering';
export const VERSION = 1;
export const UDFALD_VAERDIER = ['taeller', 'taeller-ikke', 'udelades'] as const satisfies readonly Udfald[];
export const MAKS_ALIAS = 40;
export const MAKS_BEGRUNDELSE = 500;

export interface ResultatFil {
  format: typeof FORMAT;
  version: typeof VERSION;
  scenarie: Scenarie;
  deltager: string;
  svar: Record<string, Udfald>;
  score: 1 | 2 | 3 | 4 | 5 | null;
  begrundelser?: Record<string, string>;
}

/** Nøglerne sorteret, så to ens tilbud giver samme tekst uanset rækkefølgen af felterne. */
function kanonisk(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanonisk).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${kanonisk(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Fingeraftryk af et tilbud: ændres, hvis noget i tilbuddet ændres. */
export function fingeraftryk(s: Scenarie): string {
  return kanonisk(s);
}
