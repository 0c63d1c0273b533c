/** Lovoversigtens poster, læst og valideret fra content/data/lovgivning.json. */
import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { bestemmelseSkema, type Bestemmelse } from '../../schemas/lovgivning.ts';

export const LOVGIVNING_FIL = new URL('../../../content/data/lovgivning.json', import.meta.url);

export function laesBestemmelser(fil: URL = LOVGIVNING_FIL): Bestemmelse[] {
  if (!existsSync(fil)) return [];
  return z.array(bestemmelseSkema).parse(JSON.parse(readFileSync(fil, 'utf8')));
}
