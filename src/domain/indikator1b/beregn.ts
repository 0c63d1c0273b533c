/**
 * Beregning af indikator 1.b med sitets standardbånd (INTERVALLER) som standardværdi. Reglerne og
 * selve beregningen står i beregn-kerne.ts, som ikke afhænger af Zod.
 */
import { INTERVALLER, type Intervaller } from './intervaller.ts';
import type { Tilbudstype } from './navne.ts';
import type { Scenarie } from './scenarie.ts';
import {
  beregnFraAntal as beregnFraAntalKerne,
  beregnScenarie as beregnScenarieKerne,
  type Antal,
  type Resultat,
} from './beregn-kerne.ts';

/** Beregner resultatet for et (valideret) scenarie. */
export function beregnScenarie(scenarie: Scenarie, intervaller: Intervaller = INTERVALLER): Resultat {
  return beregnScenarieKerne(scenarie, intervaller);
}

/**
 * Talberegneren: samme resultat ud fra rene antal (uden personer). Kaster AntalFejl med en dansk
 * besked, der nævner feltet, hvis et antal mangler eller ikke er et ikke-negativt heltal.
 */
export function beregnFraAntal(
  antal: Antal,
  tilbudstype?: Tilbudstype,
  intervaller: Intervaller = INTERVALLER,
): Omit<Resultat, 'personer'> {
  return beregnFraAntalKerne(antal, tilbudstype, intervaller);
}
