/**
 * Lovoversigten (content/data/lovgivning.json) og begrebslisten (content/data/begreber.json), valideret
 * med deres skemaer, til astro.config.mjs (link-pluginerne, ruterne, rapporten), siderne og testene.
 * Filerne importeres som JSON: en sti regnet ud fra modulets egen adresse (node:fs) peger et andet sted
 * hen, når Astro har bundtet siderne. Domænekoden i src/domain læser ingen filer; den får dataene som
 * argumenter.
 */
import { z } from '../schemas/zod.ts';
import lovgivningJson from '../../content/data/lovgivning.json' with { type: 'json' };
import begreberJson from '../../content/data/begreber.json' with { type: 'json' };
import { begrebSkema, bestemmelseSkema, type Begreb, type Bestemmelse } from '../schemas/lovgivning.ts';

/** Listen i en datafil, valideret; en fejl nævner filen og feltet. */
function validerListe<T extends z.ZodType>(fil: string, skema: T, data: unknown): z.output<T>[] {
  const tjek = z.array(skema).safeParse(data);
  if (tjek.success) return tjek.data;
  const linjer = tjek.error.issues.map((p) => `  ${fil}: ${p.path.join('.') || '(roden)'}: ${p.message}`);
  throw new Error(`${fil} er ugyldig:\n${linjer.join('\n')}`);
}

export const laesBestemmelser = (data: unknown = lovgivningJson): Bestemmelse[] => validerListe('content/data/lovgivning.json', bestemmelseSkema, data);
export const laesBegreber = (data: unknown = begreberJson): Begreb[] => validerListe('content/data/begreber.json', begrebSkema, data);
