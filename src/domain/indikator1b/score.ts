/**
 * Fra andel til score med sitets standardbånd som standardværdi. Selve beregningen står i
 * score-kerne.ts, som ikke afhænger af Zod og derfor kan bruges i browseren.
 */
import { INTERVALLER, type Intervaller } from './intervaller.ts';
import { scoreForAndel as scoreForAndelKerne, type ScoreResultat } from './score-kerne.ts';

export type { ScoreResultat } from './score-kerne.ts';

export function scoreForAndel(taeller: number, grundlag: number, intervaller: Intervaller = INTERVALLER): ScoreResultat {
  return scoreForAndelKerne(taeller, grundlag, intervaller);
}
