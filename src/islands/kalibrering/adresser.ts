/** Adresserne i en kalibrering. Tilbuddet og svarene ligger i fragmentet (#…), som aldrig sendes til serveren. */
import { href } from '../../utils/stier.ts';

/** Med sitets understi (BASE_PATH), så links også virker, når sitet ligger under en understi. */
export const DELTAG_STI = href.kalibreringDeltag();
export const SAMMENLIGN_STI = href.kalibreringSammenlign();

export function absolut(sti: string): string {
  return new URL(sti, window.location.origin).href;
}

/** Et alias for en deltager: kort, og aldrig noget, der ligner et CPR-nummer. */
export function tjekAlias(t: string): string | null {
  const v = t.trim();
  if (v === '') return 'Skriv dine initialer eller et alias.';
  if (v.length > 20) return 'Aliasset er for langt (højst 20 tegn). Skriv initialer eller et alias, ikke dit fulde navn.';
  if ((v.match(/\d/g) ?? []).length >= 6) return 'Skriv ikke CPR-numre. Brug initialer eller et alias.';
  return null;
}
