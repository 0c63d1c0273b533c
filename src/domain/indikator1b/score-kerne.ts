/**
 * Fra andel til score. Båndet er det første (ovenfra), hvis nedre grænse andelen når. Score 5 kræver
 * derfor, at alle tæller. `ogsaaForsvarligt` viser nabo-scorer (±1), som ville komme ud, hvis én
 * person mere eller én færre talte – dog aldrig 5, medmindre alle faktisk tæller.
 *
 * Kernen uden standardbånd og uden Zod: intervallerne gives altid med. score.ts lægger sitets
 * standardbånd (INTERVALLER) på som standardværdi.
 */
import type { Baand, Intervaller, Score } from './intervaller.ts';

export interface ScoreResultat {
  score: Score | null;
  baand: Baand | null;
  andel: number | null;
  ogsaaForsvarligt: number[];
}

function baandFor(taeller: number, grundlag: number, intervaller: Intervaller): Baand {
  const andel = taeller / grundlag;
  const fundet = intervaller.baand.find((b) => andel >= b.fra);
  // Båndet for score 1 starter ved 0, så et bånd findes altid for gyldige tal.
  return fundet ?? intervaller.baand[intervaller.baand.length - 1];
}

export function scoreForAndel(taeller: number, grundlag: number, intervaller: Intervaller): ScoreResultat {
  if (grundlag === 0) return { score: null, baand: null, andel: null, ogsaaForsvarligt: [] };
  const baand = baandFor(taeller, grundlag, intervaller);
  const score = baand.score;
  const naboer = new Set<number>();
  for (const t of [taeller - 1, taeller + 1]) {
    if (t < 0 || t > grundlag) continue;
    const s = baandFor(t, grundlag, intervaller).score;
    if (s === score || Math.abs(s - score) !== 1) continue;
    if (s === 5) continue;
    naboer.add(s);
  }
  return { score, baand, andel: taeller / grundlag, ogsaaForsvarligt: [...naboer].sort((a, b) => b - a) };
}
