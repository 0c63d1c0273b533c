/**
 * Sitets eksempeltilbud (content/scenarier/*.json) og quizzens spørgsmål (content/data/quiz-1b.json),
 * læst og valideret med de samme skemaer som indholdssamlingerne. Ét sted til alle tests, der bruger
 * dem; et eksempels id er filnavnet uden .json, som i samlingen "scenarier".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenarie } from '../src/domain/indikator1b/index.ts';
import { valider } from '../src/schemas/scenarie.ts';
import { quizSpoergsmaalSkema } from '../src/schemas/quiz.ts';

export const EKSEMPEL_MAPPE = join(import.meta.dirname, '../content/scenarier');
const QUIZ_FIL = join(import.meta.dirname, '../content/data/quiz-1b.json');

export interface Eksempel {
  id: string;
  data: Scenarie;
}

/** Eksempelfilernes navne (med .json), sorteret. */
export const eksempelFiler: string[] = readdirSync(EKSEMPEL_MAPPE)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Filens indhold, før det er valideret (fx til beregnerens import af en scenariefil). */
export function raaEksempel(fil: string): unknown {
  return JSON.parse(readFileSync(join(EKSEMPEL_MAPPE, fil), 'utf8'));
}

/** Læser og validerer én eksempelfil; en ugyldig fil kaster skemaets beskeder. */
export function laesEksempel(fil: string): Scenarie {
  const v = valider(raaEksempel(fil), fil);
  if (!v.ok) throw new Error(v.fejl.join('\n'));
  return v.scenarie;
}

/** Alle eksempler i filnavnenes orden. */
export const eksempler: Eksempel[] = eksempelFiler.map((f) => ({ id: f.replace(/\.json$/, ''), data: laesEksempel(f) }));

/** Eksemplet med id'et; et ukendt id er en fejl i testen. */
export function eksempel(id: string): Eksempel {
  const e = eksempler.find((x) => x.id === id);
  if (!e) throw new Error(`Eksemplet ${id} findes ikke i content/scenarier`);
  return e;
}

/** Quizzens spørgsmål, valideret med samlingens skema. */
export function laesQuiz() {
  return (JSON.parse(readFileSync(QUIZ_FIL, 'utf8')) as unknown[]).map((q) => quizSpoergsmaalSkema.parse(q));
}
