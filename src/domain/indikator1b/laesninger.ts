/**
 * Sitets læsninger ved indikator 1.b: hvor vejledningen ikke giver et entydigt svar, vælger sitet en
 * læsning og viser de andre. Tekster, standardvalg og grænser står i
 * content/data/indikator-1b-laesninger.json; her står kun, hvilke læsninger og valg motoren kender
 * (LAESNING_VALG). En test binder de to sammen, og skemaet i src/schemas/indikator1b.ts validerer
 * dataene ved bygning.
 */
import data from '../../../content/data/indikator-1b-laesninger.json' with { type: 'json' };

/** Læsningerne og deres valg, som motoren forstår dem. Det første valg er ikke nødvendigvis standard. */
export const LAESNING_VALG = {
  graenser: ['sitets', 'flertal'],
  folkepension: ['udelades', 'i-grundlaget'],
  foertidspension: ['i-grundlaget', 'udelades'],
  'boern-og-voksne': ['samlet', 'hver-for-sig', 'borgerne-afgoer'],
  'unge-medfoelgende': ['taeller', 'udelades'],
  boerneomraadet: ['som-voksne', 'ingen-score'],
} as const;

export type LaesningId = keyof typeof LAESNING_VALG;
export type ValgFor<L extends LaesningId> = (typeof LAESNING_VALG)[L][number];
export type Laesninger = { [L in LaesningId]: ValgFor<L> };

export const LAESNING_IDER = Object.keys(LAESNING_VALG) as LaesningId[];

export type Score = 1 | 2 | 3 | 4 | 5;

/** Et trin: scoren gives, når andelen når `fra` (eller er større end `fra`, når `strengt` er sat). */
export interface Baand {
  score: Score;
  fra: number;
  strengt?: boolean;
}

export interface Valg {
  id: string;
  navn: string;
  forklaring: string;
  /** Led til udkastet: "Socialtilsynet har lagt til grund, at …". */
  udkast: string;
  baand?: Baand[];
}

export interface Laesning {
  id: LaesningId;
  titel: string;
  hvorfor: string;
  kilde: { dokument: string; afsnit: string };
  standard: string;
  valg: Valg[];
}

/** Vejledningens ord og betegnelse for hvert trin (officiel ordlyd). */
export interface Trin {
  score: Score;
  ord: string;
  betegnelse: string;
}

export interface LaesningsData {
  beskrivelse: string;
  trin: Trin[];
  laesninger: Laesning[];
}

export const LAESNINGS_DATA = data as LaesningsData;
export const LAESNINGER: Laesning[] = LAESNINGS_DATA.laesninger;
export const TRIN: Trin[] = LAESNINGS_DATA.trin;

export function laesning(id: LaesningId): Laesning {
  const l = LAESNINGER.find((x) => x.id === id);
  if (!l) throw new Error(`Læsningen ${id} mangler i dataene`);
  return l;
}

export function valg(id: LaesningId, valgId: string): Valg {
  const v = laesning(id).valg.find((x) => x.id === valgId);
  if (!v) throw new Error(`Læsningen ${id} har intet valg ${valgId}`);
  return v;
}

export function trin(score: Score): Trin {
  return TRIN.find((t) => t.score === score) ?? { score, ord: String(score), betegnelse: '' };
}

export const STANDARD_LAESNINGER: Laesninger = Object.fromEntries(LAESNING_IDER.map((id) => [id, laesning(id).standard])) as Laesninger;

export function erGyldigtValg(id: string, v: unknown): id is LaesningId {
  return Object.hasOwn(LAESNING_VALG, id) && (LAESNING_VALG[id as LaesningId] as readonly string[]).includes(v as string);
}

/** Standardlæsningerne med de givne ændringer. Ukendte nøgler eller valg ignoreres ikke: de kaster. */
export function medLaesninger(aendringer: Partial<Record<string, string>> = {}): Laesninger {
  const ud: Record<string, string> = { ...STANDARD_LAESNINGER };
  for (const [id, v] of Object.entries(aendringer)) {
    if (v === undefined) continue;
    if (!erGyldigtValg(id, v)) throw new Error(`ukendt læsning eller valg: ${id}=${v}`);
    ud[id] = v;
  }
  return ud as Laesninger;
}

/** Grænserne under den valgte læsning af trinnene. */
export function baandFor(laesninger: Laesninger): Baand[] {
  const b = valg('graenser', laesninger.graenser).baand;
  if (!b) throw new Error(`Valget ${laesninger.graenser} har ingen grænser`);
  return b;
}

/** Er andelen taeller/grundlag på eller over trinnets grænse? Regnes i heltal, så intet afrundes. */
function naar(taeller: number, grundlag: number, b: Baand): boolean {
  // fra er et tal med højst fire decimaler; gang op, så sammenligningen er eksakt for heltal.
  const skala = 10_000;
  const graense = Math.round(b.fra * skala);
  const venstre = taeller * skala;
  const hoejre = graense * grundlag;
  return b.strengt ? venstre > hoejre : venstre >= hoejre;
}

/** Scoren for en andel under de givne grænser; null, når grundlaget er tomt. */
export function scoreFor(taeller: number, grundlag: number, baand: Baand[]): Score | null {
  if (grundlag <= 0) return null;
  const fundet = baand.find((b) => naar(taeller, grundlag, b));
  return (fundet ?? baand[baand.length - 1]).score;
}
