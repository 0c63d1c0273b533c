/**
 * Beregning af indikator 1.b. Hver person vurderes for sig (vurderPerson); derefter tælles der op,
 * og optællingen gives til én fælles funktion (beregnFraTaelling), som både scenarier og den rene
 * talberegner (beregnFraAntal) bruger. Reglerne findes altså kun ét sted.
 *
 * Samlet tal: borgere og medfølgende børn tælles sammen i ét fælles grundlag. Borgere på
 * folkepension, som ikke er i noget, er taget ud af grundlaget (sitets fortolkning).
 *
 * Kernen uden Zod: intervallerne gives altid med, så modulet kan bruges i browseren. beregn.ts
 * lægger sitets standardbånd (INTERVALLER) på som standardværdi.
 */
import type { Baand, Intervaller, Score } from './intervaller.ts';
import type { RegelId } from './regler.ts';
import type { Kategori, Rolle, Tilbudstype } from './navne.ts';
import type { Forloeb, Person, Scenarie } from './scenarie.ts';
import { scoreForAndel } from './score-kerne.ts';

export interface PersonVurdering {
  id: string;
  rolle: Rolle;
  taeller: boolean;
  udeladt: boolean;
  regel: RegelId;
  ekstraRegler: RegelId[];
}

export interface Delresultat {
  taeller: number;
  grundlag: number;
  andel: number | null;
  score: Score | null;
}

export interface Resultat {
  gaelder: boolean;
  /** Hvorfor indikatoren ikke gælder (null, når den gælder). */
  grund: string | null;
  taeller: number;
  grundlag: number;
  udeladt: number;
  andel: number | null;
  score: Score | null;
  baand: Baand | null;
  ogsaaForsvarligt: number[];
  borgere: Delresultat & { udeladt: number };
  boern: Delresultat;
  personer: Pick<PersonVurdering, 'id' | 'taeller' | 'udeladt' | 'regel' | 'ekstraRegler'>[];
}

/** De tilbudstyper, som kvalitetsmodellen undtager fra indikator 1.b, med begrundelsen. */
const UNDTAGET: Partial<Record<Tilbudstype, string>> = {
  'barnets-lov-43-1-7':
    'Kvalitetsmodellen undtager efterskoler, frie fagskoler og frie grundskoler med kostafdeling efter barnets lov § 43, stk. 1, nr. 7, fra indikator 1.b.',
};

export function gaelderFor(tilbudstype: Tilbudstype | undefined): boolean {
  return tilbudstype === undefined || UNDTAGET[tilbudstype] === undefined;
}

function grundFor(tilbudstype: Tilbudstype | undefined): string | null {
  return tilbudstype === undefined ? null : (UNDTAGET[tilbudstype] ?? null);
}

/** Hvilken regel et forløb falder ind under, for en borger og for et medfølgende barn. */
const BORGER_REGEL: Record<Kategori, RegelId> = {
  'ordinaer-uddannelse': 'ordinaer',
  'ordinaer-beskaeftigelse': 'ordinaer',
  stu: 'saerlig-uddannelse',
  'specialundervisning-voksne': 'saerlig-uddannelse',
  veu: 'saerlig-uddannelse',
  'sel-103': 'saerlig-beskaeftigelse',
  'saerligt-tilrettelagt-beskaeftigelse': 'saerlig-beskaeftigelse',
  'saerligt-beskaeftigelsestilbud-unge': 'saerlig-beskaeftigelse',
  'sel-104': 'samvaer-aktivitet',
  dagtilbud: 'voksen-dag-grundskole',
  grundskole: 'voksen-dag-grundskole',
  'egen-aktivitet': 'egen-aktivitet',
};

function barnRegel(kategori: Kategori): RegelId {
  if (kategori === 'dagtilbud' || kategori === 'grundskole') return 'barn-i-tilbud';
  if (kategori === 'egen-aktivitet') return 'barn-egen-pasning';
  return 'barn-andet';
}

/** Regler, hvor et forløb tæller med. */
const TAELLENDE = new Set<RegelId>([
  'ordinaer',
  'saerlig-uddannelse',
  'saerlig-beskaeftigelse',
  'samvaer-aktivitet',
  'voksen-dag-grundskole',
  'barn-i-tilbud',
]);

function forloebRegel(rolle: Rolle, f: Forloeb): RegelId {
  return rolle === 'barn' ? barnRegel(f.kategori) : BORGER_REGEL[f.kategori];
}

/**
 * Vurderer én person. Personen tæller, hvis mindst ét forløb tæller. `regel` er den afgørende
 * regel; `ekstraRegler` er regler, der også var i spil (fx omfang, fravær, førtidspension).
 */
export function vurderPerson(person: Person, tilbudstype?: Tilbudstype): PersonVurdering {
  const { id, rolle } = person;
  if (!gaelderFor(tilbudstype)) {
    return { id, rolle, taeller: false, udeladt: false, regel: 'gaelder-ikke', ekstraRegler: [] };
  }
  const ekstra = new Set<RegelId>();
  const vurderet = person.forloeb.map((f) => ({ f, regel: forloebRegel(rolle, f) }));
  const taellende = vurderet.filter((v) => TAELLENDE.has(v.regel));
  const pension = rolle === 'borger' ? person.pension : undefined;

  if (taellende.length > 0) {
    // Et forløb uden fravær er den afgørende grund; ellers er det fraværsreglen, der bærer.
    const udenFravaer = taellende.find((v) => v.f.fravaer === undefined);
    let regel: RegelId;
    if (udenFravaer) {
      regel = udenFravaer.regel;
    } else {
      regel = 'fravaer';
      ekstra.add(taellende[0].regel);
    }
    if (regel !== 'fravaer' && taellende.some((v) => v.f.fravaer !== undefined)) ekstra.add('fravaer');
    // Grundskolens omfang er fastsat ved lov, så omfangsreglen bruges ikke om den.
    if (taellende.some((v) => v.f.timerPrUge !== undefined && v.f.kategori !== 'grundskole')) ekstra.add('omfang');
    if (pension === 'folkepension') ekstra.add('folkepension-i-gang');
    if (pension === 'foertidspension') ekstra.add('foertidspension');
    return { id, rolle, taeller: true, udeladt: false, regel, ekstraRegler: [...ekstra] };
  }

  const ikkeTaellende = [...new Set(vurderet.map((v) => v.regel))];
  if (pension === 'folkepension') {
    return { id, rolle, taeller: false, udeladt: true, regel: 'folkepension-udeladt', ekstraRegler: ikkeTaellende };
  }
  let regel: RegelId;
  if (ikkeTaellende.length > 0) {
    regel = ikkeTaellende[0];
    for (const r of ikkeTaellende.slice(1)) ekstra.add(r);
    if (rolle === 'borger') ekstra.add('ikke-i-gang');
  } else {
    regel = rolle === 'barn' ? 'barn-egen-pasning' : 'ikke-i-gang';
  }
  if (pension === 'foertidspension') ekstra.add('foertidspension');
  return { id, rolle, taeller: false, udeladt: false, regel, ekstraRegler: [...ekstra] };
}

/** Optælling, som både scenarier og talberegneren ender i. */
export interface Antal {
  /** Borgere, der er i noget, der tæller. */
  borgereITilbud: number;
  /** Borgere i grundlaget, der ikke er i noget, der tæller. */
  borgereIkkeITilbud: number;
  /** Borgere på folkepension, der ikke er i noget; de tages ud af grundlaget. */
  folkepensionisterUdenTilbud: number;
  /** Medfølgende børn i dagtilbud eller grundskole uden for tilbuddet. */
  boernITilbud: number;
  /** Medfølgende børn, der ikke er i dagtilbud eller grundskole. */
  boernIkkeITilbud: number;
}

export const ANTAL_FELTER = [
  'borgereITilbud',
  'borgereIkkeITilbud',
  'folkepensionisterUdenTilbud',
  'boernITilbud',
  'boernIkkeITilbud',
] as const satisfies readonly (keyof Antal)[];

/** Fejl i talberegnerens input. `felt` er navnet på det forkerte felt. */
export class AntalFejl extends Error {
  felt: keyof Antal;
  constructor(felt: keyof Antal, besked: string) {
    super(besked);
    this.name = 'AntalFejl';
    this.felt = felt;
  }
}

function delresultat(taeller: number, grundlag: number, intervaller: Intervaller): Delresultat {
  const s = scoreForAndel(taeller, grundlag, intervaller);
  return { taeller, grundlag, andel: s.andel, score: s.score };
}

function beregnFraTaelling(
  antal: Antal,
  tilbudstype: Tilbudstype | undefined,
  intervaller: Intervaller,
): Omit<Resultat, 'personer'> {
  if (!gaelderFor(tilbudstype)) {
    return {
      gaelder: false,
      grund: grundFor(tilbudstype),
      taeller: 0,
      grundlag: 0,
      udeladt: 0,
      andel: null,
      score: null,
      baand: null,
      ogsaaForsvarligt: [],
      borgere: { taeller: 0, grundlag: 0, udeladt: 0, andel: null, score: null },
      boern: { taeller: 0, grundlag: 0, andel: null, score: null },
    };
  }
  const borgerGrundlag = antal.borgereITilbud + antal.borgereIkkeITilbud;
  const boernGrundlag = antal.boernITilbud + antal.boernIkkeITilbud;
  const taeller = antal.borgereITilbud + antal.boernITilbud;
  const grundlag = borgerGrundlag + boernGrundlag;
  const samlet = scoreForAndel(taeller, grundlag, intervaller);
  return {
    gaelder: true,
    grund: null,
    taeller,
    grundlag,
    udeladt: antal.folkepensionisterUdenTilbud,
    andel: samlet.andel,
    score: samlet.score,
    baand: samlet.baand,
    ogsaaForsvarligt: samlet.ogsaaForsvarligt,
    borgere: { ...delresultat(antal.borgereITilbud, borgerGrundlag, intervaller), udeladt: antal.folkepensionisterUdenTilbud },
    boern: delresultat(antal.boernITilbud, boernGrundlag, intervaller),
  };
}

/** Beregner resultatet for et (valideret) scenarie. */
export function beregnScenarie(scenarie: Scenarie, intervaller: Intervaller): Resultat {
  const vurderinger = scenarie.personer.map((p) => vurderPerson(p, scenarie.tilbudstype));
  const antal: Antal = {
    borgereITilbud: 0,
    borgereIkkeITilbud: 0,
    folkepensionisterUdenTilbud: 0,
    boernITilbud: 0,
    boernIkkeITilbud: 0,
  };
  for (const v of vurderinger) {
    if (v.rolle === 'barn') {
      if (v.taeller) antal.boernITilbud++;
      else antal.boernIkkeITilbud++;
    } else if (v.udeladt) antal.folkepensionisterUdenTilbud++;
    else if (v.taeller) antal.borgereITilbud++;
    else antal.borgereIkkeITilbud++;
  }
  return {
    ...beregnFraTaelling(antal, scenarie.tilbudstype, intervaller),
    personer: vurderinger.map(({ id, taeller, udeladt, regel, ekstraRegler }) => ({ id, taeller, udeladt, regel, ekstraRegler })),
  };
}

/**
 * Talberegneren: samme resultat ud fra rene antal (uden personer). Kaster AntalFejl med en dansk
 * besked, der nævner feltet, hvis et antal mangler eller ikke er et ikke-negativt heltal.
 */
export function beregnFraAntal(
  antal: Antal,
  tilbudstype: Tilbudstype | undefined,
  intervaller: Intervaller,
): Omit<Resultat, 'personer'> {
  for (const felt of ANTAL_FELTER) {
    const v: unknown = (antal as unknown as Record<string, unknown>)[felt];
    if (v === undefined) throw new AntalFejl(felt, `${felt}: mangler et antal`);
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new AntalFejl(felt, `${felt}: skal være et helt tal (fik ${String(v)})`);
    }
    if (v < 0) throw new AntalFejl(felt, `${felt}: må ikke være negativ (fik ${v})`);
  }
  return beregnFraTaelling(antal, tilbudstype, intervaller);
}
