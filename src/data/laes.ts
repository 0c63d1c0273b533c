/**
 * Læser og validerer lovoversigten (content/data/lovgivning.json) og begrebslisten
 * (content/data/begreber.json) med Node, også hvor Astros indholdssamlinger ikke findes: i
 * astro.config.mjs (link-pluginerne, ruterne, rapporten), på siderne og i testene. Domænekoden i
 * src/domain læser ingen filer; den får dataene som argumenter.
 */
import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { begrebSkema, bestemmelseSkema, type Begreb, type Bestemmelse } from '../schemas/lovgivning.ts';

export const LOVGIVNING_FIL = new URL('../../content/data/lovgivning.json', import.meta.url);
export const BEGREBER_FIL = new URL('../../content/data/begreber.json', import.meta.url);

/** En liste i en JSON-fil, valideret med skemaet; en tom liste, hvis filen ikke findes. */
function laesListe<T extends z.ZodType>(fil: URL, skema: T): z.output<T>[] {
  if (!existsSync(fil)) return [];
  return z.array(skema).parse(JSON.parse(readFileSync(fil, 'utf8')));
}

export const laesBestemmelser = (fil: URL = LOVGIVNING_FIL): Bestemmelse[] => laesListe(fil, bestemmelseSkema);
export const laesBegreber = (fil: URL = BEGREBER_FIL): Begreb[] => laesListe(fil, begrebSkema);
