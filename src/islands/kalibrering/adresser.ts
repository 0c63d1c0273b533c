/** Adresserne i en kalibrering. Tilbuddet og svarene ligger i fragmentet (#…), som aldrig sendes til serveren. */
import { href } from '../../utils/stier.ts';

/** Med sitets understi (BASE_PATH), så links også virker, når sitet ligger under en understi. */
export const DELTAG_STI = href.kalibreringDeltag();
export const SAMMENLIGN_STI = href.kalibreringSammenlign();

/** Værdien af en parameter i fragmentet, fx "t" i "#t=abc". */
export function fragmentParameter(hash: string, navn: string): string | null {
  const m = new RegExp(`(?:^#|&)${navn}=([A-Za-z0-9_-]*)`).exec(hash);
  return m ? m[1] : null;
}

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

/** Starter en download af en tekst som fil i browseren (intet sendes). */
export function hentFil(navn: string, tekst: string, type: string) {
  const url = URL.createObjectURL(new Blob([tekst], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = navn;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
