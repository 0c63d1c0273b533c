/** Begrebslisten, læst og valideret fra content/data/begreber.json. */
import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { begrebSkema, type Begreb } from '../../schemas/lovgivning.ts';

export const BEGREBER_FIL = new URL('../../../content/data/begreber.json', import.meta.url);

export function laesBegreber(fil: URL = BEGREBER_FIL): Begreb[] {
  if (!existsSync(fil)) return [];
  return z.array(begrebSkema).parse(JSON.parse(readFileSync(fil, 'utf8')));
}
