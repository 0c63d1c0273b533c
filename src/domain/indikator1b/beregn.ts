/**
 * Beregning af indikator 1.b. Hver person vurderes for sig (vurderPerson) under de valgte læsninger;
 * derefter tælles der op (beregn). Både eksemplernes personer, beregnerens personliste og dens
 * hurtige gruppeoptælling går gennem de samme to funktioner, så reglerne kun står ét sted.
 *
 * Om indikatoren gælder, læses fra kvalitetsmodellens data (indikatorens "gælder ikke"-liste).
 */
import indikatorerJson from '../../../content/data/kvalitetsmodel/indikatorer.json' with { type: 'json' };
import tilbudstyperJson from '../../../content/data/tilbudstyper.json' with { type: 'json' };
import {
  LAESNING_IDER,
  LAESNING_VALG,
  STANDARD_LAESNINGER,
  baandFor,
  laesning as laesningData,
  scoreFor,
  trin as trinFor,
  valg as valgData,
  type LaesningId,
  type Laesninger,
  type Score,
  type Trin,
} from './laesninger.ts';
import type { RegelId } from './regler.ts';
import { TILBUDSTYPE_NAVNE, type Kategori, type Rolle, type Tilbudstype } from './navne.ts';
import type { Forloeb, Person } from './typer.ts';

export type Udfald = 'taeller' | 'taeller-ikke' | 'udelades';

export interface PersonVurdering {
  id: string;
  rolle: Rolle;
  udfald: Udfald;
  taeller: boolean;
  udeladt: boolean;
  /** Den afgørende regel. */
  regel: RegelId;
  /** Regler, der også var i spil (fx omfang, fravær, førtidspension). */
  ekstraRegler: RegelId[];
  /** Den læsning, der afgjorde udfaldet, hvis en læsning gjorde det. */
  laesning: LaesningId | null;
  /** Kategorien af det forløb, der fik personen til at tælle med. */
  kategori: Kategori | null;
}

// ---------------------------------------------------------------------------------------------
// Gælder indikatoren?

interface IndikatorData {
  id: string;
  gaelder?: { ikke?: string[]; kun?: string[]; kildetekst: string };
}

const I1B = (indikatorerJson as IndikatorData[]).find((i) => i.id === '1.b');
const GRUPPE = new Map(tilbudstyperJson.map((t) => [t.id, t.gruppe]));

export function gaelderFor(tilbudstype: Tilbudstype | undefined): boolean {
  if (tilbudstype === undefined || !I1B?.gaelder) return true;
  const g = I1B.gaelder;
  if (g.ikke?.includes(tilbudstype)) return false;
  if (g.kun && !g.kun.includes(tilbudstype)) return false;
  return true;
}

function grundFor(tilbudstype: Tilbudstype | undefined): string | null {
  if (gaelderFor(tilbudstype) || !I1B?.gaelder || tilbudstype === undefined) return null;
  return `Kvalitetsmodellen undtager denne tilbudstype (${TILBUDSTYPE_NAVNE[tilbudstype] ?? tilbudstype}) fra indikator 1.b.`;
}

/** Er tilbuddet på børneområdet (læsningen "boerneomraadet" gælder så)? */
export function erBoerneomraadet(tilbudstype: Tilbudstype | undefined): boolean {
  return tilbudstype !== undefined && GRUPPE.get(tilbudstype) === 'boern';
}

// ---------------------------------------------------------------------------------------------
// Én person

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
  'andet-saerligt-tilbud': 'andet-saerligt',
  dagtilbud: 'voksen-dag-grundskole',
  grundskole: 'voksen-dag-grundskole',
  'egen-aktivitet': 'egen-aktivitet',
};

function barnRegel(kategori: Kategori): RegelId {
  if (kategori === 'dagtilbud' || kategori === 'grundskole') return 'barn-i-tilbud';
  if (kategori === 'egen-aktivitet') return 'barn-egen-pasning';
  return 'barn-andet';
}

/** Regler, hvor et forløb i sig selv tæller med. */
const TAELLENDE = new Set<RegelId>([
  'ordinaer',
  'saerlig-uddannelse',
  'saerlig-beskaeftigelse',
  'samvaer-aktivitet',
  'andet-saerligt',
  'voksen-dag-grundskole',
  'barn-i-tilbud',
]);

/** Den regel, der afgør et forløb i kategorien for en borger eller et medfølgende barn (før fravær og læsninger). */
export function kategoriRegel(rolle: Rolle, kategori: Kategori): RegelId {
  return rolle === 'barn' ? barnRegel(kategori) : BORGER_REGEL[kategori];
}

function udenPlads(f: Forloeb): boolean {
  return f.fravaer !== undefined && f.kanVendeTilbage === false;
}

function vurdering(
  p: Pick<Person, 'id' | 'rolle'>,
  udfald: Udfald,
  regel: RegelId,
  ekstra: Iterable<RegelId>,
  laesning: LaesningId | null,
  kategori: Kategori | null = null,
): PersonVurdering {
  const ekstraRegler = [...new Set(ekstra)].filter((r) => r !== regel);
  return {
    id: p.id,
    rolle: p.rolle,
    udfald,
    taeller: udfald === 'taeller',
    udeladt: udfald === 'udelades',
    regel,
    ekstraRegler,
    laesning,
    kategori,
  };
}

/**
 * Vurderer én person under de givne læsninger. Personen tæller, hvis mindst ét forløb tæller.
 */
export function vurderPerson(person: Person, tilbudstype?: Tilbudstype, laesninger: Laesninger = STANDARD_LAESNINGER): PersonVurdering {
  const { rolle } = person;
  if (!gaelderFor(tilbudstype)) return vurdering(person, 'taeller-ikke', 'gaelder-ikke', [], null);

  const ekstra = new Set<RegelId>();
  const vurderet = person.forloeb.map((f) => ({ f, regel: kategoriRegel(rolle, f.kategori) }));
  const ungTaeller = laesninger['unge-medfoelgende'] === 'taeller';
  const taellende = vurderet.filter((v) => !udenPlads(v.f) && (TAELLENDE.has(v.regel) || (v.regel === 'barn-andet' && ungTaeller)));
  const pension = rolle === 'borger' ? person.pension : undefined;

  if (taellende.length > 0) {
    // Forløb, der tæller uden en læsning, afgør før dem, der kun tæller under en læsning; blandt dem
    // er et forløb uden fravær den afgørende grund; ellers er det fraværsreglen, der bærer.
    const udenLaesning = taellende.filter((v) => v.regel !== 'barn-andet');
    const kandidater = udenLaesning.length > 0 ? udenLaesning : taellende;
    const udenFravaer = kandidater.find((v) => v.f.fravaer === undefined);
    const afgoerende = udenFravaer ?? kandidater[0];
    const regel: RegelId = udenFravaer ? udenFravaer.regel : 'fravaer';
    if (!udenFravaer) ekstra.add(kandidater[0].regel);
    if (regel !== 'fravaer' && kandidater.some((v) => v.f.fravaer !== undefined)) ekstra.add('fravaer');
    // Grundskolens omfang er fastsat ved lov, så omfangsreglen bruges ikke om den.
    if (taellende.some((v) => v.f.timerPrUge !== undefined && v.f.kategori !== 'grundskole')) ekstra.add('omfang');
    if (pension === 'folkepension') ekstra.add('folkepension-i-gang');
    if (pension === 'foertidspension') ekstra.add('foertidspension');
    if (vurderet.some((v) => udenPlads(v.f))) ekstra.add('fravaer-uden-plads');
    const afLaesning = afgoerende.regel === 'barn-andet' ? 'unge-medfoelgende' : null;
    if (afLaesning) ekstra.add('barn-andet');
    return vurdering(person, 'taeller', regel, ekstra, afLaesning, afgoerende.f.kategori);
  }

  // Ingen forløb tæller. Hvilke regler var i spil?
  const regler = vurderet.map((v) => (udenPlads(v.f) ? 'fravaer-uden-plads' : v.regel));
  for (const r of regler) ekstra.add(r);

  if (rolle === 'barn' && regler.includes('barn-andet')) {
    // Kun muligt, når læsningen udelader unge (ellers havde forløbet talt).
    return vurdering(person, 'udelades', 'barn-andet', ekstra, 'unge-medfoelgende');
  }
  if (pension === 'folkepension') {
    const udfald: Udfald = laesninger.folkepension === 'udelades' ? 'udelades' : 'taeller-ikke';
    return vurdering(person, udfald, 'folkepension-uden-tilbud', ekstra, 'folkepension');
  }
  if (pension === 'foertidspension' && laesninger.foertidspension === 'udelades') {
    return vurdering(person, 'udelades', 'foertidspension', ekstra, 'foertidspension');
  }
  let regel: RegelId;
  if (regler.length > 0) {
    regel = regler[0];
    if (rolle === 'borger') ekstra.add('ikke-i-gang');
  } else {
    regel = rolle === 'barn' ? 'barn-egen-pasning' : 'ikke-i-gang';
  }
  if (pension === 'foertidspension') {
    ekstra.add('foertidspension');
    return vurdering(person, 'taeller-ikke', regel, ekstra, 'foertidspension');
  }
  return vurdering(person, 'taeller-ikke', regel, ekstra, null);
}

// ---------------------------------------------------------------------------------------------
// Optælling

/** En person, der tæller `antal` gange (1 for en person i en liste; n i den hurtige optælling). */
export interface Enhed {
  person: Person;
  antal: number;
}

export interface Delresultat {
  taeller: number;
  grundlag: number;
  udeladt: number;
  andel: number | null;
  score: Score | null;
}

/** Personer med samme udfald af samme grund (til udkastet og oversigten). */
export interface Gruppe {
  rolle: Rolle;
  udfald: Udfald;
  regel: RegelId;
  antal: number;
  /** For dem, der tæller: antal pr. kategori af det afgørende forløb. */
  kategorier: Partial<Record<Kategori, number>>;
  /** Beskrivelser af de forløb, der ikke talte (fx "Værksted på bostedet"), uden gentagelser. */
  beskrivelser: string[];
  /** Hjemler for andre særlige tilbud. */
  hjemler: string[];
}

export type Afgoerende = 'samlet' | 'borgere' | 'boern';

export interface Resultat {
  gaelder: boolean;
  /** Hvorfor indikatoren ikke gælder (null, når den gælder). */
  grund: string | null;
  tilbudstype: Tilbudstype | undefined;
  laesninger: Laesninger;
  /** false, når læsningen for børneområdet er "ingen-score": tallene vises, men ingen score foreslås. */
  scoreForeslaas: boolean;
  taeller: number;
  grundlag: number;
  udeladt: number;
  andel: number | null;
  score: Score | null;
  trin: Trin | null;
  /** Hvilken andel scoren er givet ud fra. */
  afgoerende: Afgoerende;
  borgere: Delresultat;
  boern: Delresultat;
  grupper: Gruppe[];
  personer: PersonVurdering[];
}

function delresultat(taeller: number, grundlag: number, udeladt: number, laesninger: Laesninger): Delresultat {
  return {
    taeller,
    grundlag,
    udeladt,
    andel: grundlag > 0 ? taeller / grundlag : null,
    score: scoreFor(taeller, grundlag, baandFor(laesninger)),
  };
}

function opdelt(personer: { v: PersonVurdering; antal: number }[], rolle: Rolle) {
  let taeller = 0;
  let grundlag = 0;
  let udeladt = 0;
  for (const { v, antal } of personer) {
    if (v.rolle !== rolle) continue;
    if (v.udfald === 'udelades') udeladt += antal;
    else {
      grundlag += antal;
      if (v.udfald === 'taeller') taeller += antal;
    }
  }
  return { taeller, grundlag, udeladt };
}

function grupper(enheder: Enhed[], vurderinger: PersonVurdering[]): Gruppe[] {
  const ud = new Map<string, Gruppe>();
  enheder.forEach(({ person, antal }, i) => {
    if (antal === 0) return;
    const v = vurderinger[i];
    const noegle = `${v.rolle}|${v.udfald}|${v.regel}`;
    let g = ud.get(noegle);
    if (!g) {
      g = { rolle: v.rolle, udfald: v.udfald, regel: v.regel, antal: 0, kategorier: {}, beskrivelser: [], hjemler: [] };
      ud.set(noegle, g);
    }
    g.antal += antal;
    if (v.kategori) g.kategorier[v.kategori] = (g.kategorier[v.kategori] ?? 0) + antal;
    for (const f of person.forloeb) {
      if (f.kategori === 'andet-saerligt-tilbud' && f.hjemmel && !g.hjemler.includes(f.hjemmel)) g.hjemler.push(f.hjemmel);
      if (v.udfald !== 'taeller' && f.beskrivelse && !g.beskrivelser.includes(f.beskrivelse)) g.beskrivelser.push(f.beskrivelse);
    }
  });
  return [...ud.values()];
}

/** Beregner resultatet for en liste af personer under de givne læsninger. */
export function beregn(enheder: Enhed[], tilbudstype?: Tilbudstype, laesninger: Laesninger = STANDARD_LAESNINGER): Resultat {
  return samlResultat(
    enheder,
    enheder.map((e) => vurderPerson(e.person, tilbudstype, laesninger)),
    tilbudstype,
    laesninger,
  );
}

/** Tæller op ud fra færdige vurderinger (én pr. enhed). */
function samlResultat(enheder: Enhed[], vurderinger: PersonVurdering[], tilbudstype: Tilbudstype | undefined, laesninger: Laesninger): Resultat {
  const medAntal = vurderinger.map((v, i) => ({ v, antal: enheder[i].antal }));
  const tom = { taeller: 0, grundlag: 0, udeladt: 0, andel: null, score: null };
  const basis = {
    tilbudstype,
    laesninger,
    grupper: grupper(enheder, vurderinger),
    personer: vurderinger,
  };
  if (!gaelderFor(tilbudstype)) {
    return {
      ...basis,
      gaelder: false,
      grund: grundFor(tilbudstype),
      scoreForeslaas: false,
      taeller: 0,
      grundlag: 0,
      udeladt: 0,
      andel: null,
      score: null,
      trin: null,
      afgoerende: 'samlet',
      borgere: tom,
      boern: tom,
    };
  }
  const b = opdelt(medAntal, 'borger');
  const c = opdelt(medAntal, 'barn');
  const borgere = delresultat(b.taeller, b.grundlag, b.udeladt, laesninger);
  const boern = delresultat(c.taeller, c.grundlag, c.udeladt, laesninger);
  const samlet = delresultat(b.taeller + c.taeller, b.grundlag + c.grundlag, b.udeladt + c.udeladt, laesninger);

  let afgoerende: Afgoerende = 'samlet';
  let valgt: Delresultat = samlet;
  const maade = laesninger['boern-og-voksne'];
  if (maade === 'borgerne-afgoer') {
    afgoerende = borgere.grundlag > 0 || boern.grundlag === 0 ? 'borgere' : 'boern';
  } else if (maade === 'hver-for-sig' && borgere.score !== null && boern.score !== null) {
    afgoerende = boern.score < borgere.score ? 'boern' : 'borgere';
  } else if (maade === 'hver-for-sig') {
    afgoerende = borgere.score !== null || boern.score === null ? 'borgere' : 'boern';
  }
  if (afgoerende === 'borgere') valgt = borgere;
  if (afgoerende === 'boern') valgt = boern;

  const scoreForeslaas = !(erBoerneomraadet(tilbudstype) && laesninger.boerneomraadet === 'ingen-score');
  const score = scoreForeslaas ? valgt.score : null;
  return {
    ...basis,
    gaelder: true,
    grund: null,
    scoreForeslaas,
    taeller: valgt.taeller,
    grundlag: valgt.grundlag,
    udeladt: samlet.udeladt,
    andel: valgt.andel,
    score,
    trin: score === null ? null : trinFor(score),
    afgoerende,
    borgere,
    boern,
  };
}

/** Beregner resultatet for et (valideret) scenarie. */
export function beregnScenarie(scenarie: { tilbudstype: Tilbudstype; personer: Person[] }, laesninger: Laesninger = STANDARD_LAESNINGER): Resultat {
  return beregn(
    scenarie.personer.map((person) => ({ person, antal: 1 })),
    scenarie.tilbudstype,
    laesninger,
  );
}

// ---------------------------------------------------------------------------------------------
// Andre læsninger

export interface Alternativ {
  laesning: LaesningId;
  valg: string;
  /** "Læsningens spørgsmål: valgets navn". */
  beskrivelse: string;
  score: Score | null;
  andel: number | null;
}

/**
 * Scoren under hvert andet valg af én læsning ad gangen (de andre læsninger som valgt). Kun valg,
 * der giver en anden score end de valgte læsninger, kommer med.
 */
export function alternativer(
  enheder: Enhed[],
  tilbudstype: Tilbudstype | undefined,
  laesninger: Laesninger = STANDARD_LAESNINGER,
  grundresultat?: Resultat,
): Alternativ[] {
  const grund = grundresultat ?? beregn(enheder, tilbudstype, laesninger);
  const ud: Alternativ[] = [];
  for (const id of LAESNING_IDER) {
    // En læsning om personer kan kun ændre noget, hvis den afgjorde mindst én person; ellers er
    // vurderingerne de samme, og kun optællingen skal gøres om.
    const omPersoner = PERSONLAESNINGER.has(id);
    if (omPersoner && !grund.personer.some((v) => v.laesning === id)) continue;
    for (const v of LAESNING_VALG[id]) {
      if (v === laesninger[id]) continue;
      const andre = { ...laesninger, [id]: v } as Laesninger;
      const r = omPersoner ? beregn(enheder, tilbudstype, andre) : samlResultat(enheder, grund.personer, tilbudstype, andre);
      if (r.score === grund.score) continue;
      ud.push({
        laesning: id,
        valg: v,
        beskrivelse: `${laesningData(id).titel} ${valgData(id, v).navn}`,
        score: r.score,
        andel: r.andel,
      });
    }
  }
  return ud;
}

/** Læsninger, der ændrer vurderingen af enkelte personer (de andre ændrer kun optællingen). */
const PERSONLAESNINGER = new Set<LaesningId>(['folkepension', 'foertidspension', 'unge-medfoelgende']);

/** Læsninger, hvor et andet valg ville ændre scoren (dem nævner udkastet). */
export function afgoerendeLaesninger(alt: Alternativ[]): LaesningId[] {
  return LAESNING_IDER.filter((id) => alt.some((a) => a.laesning === id));
}

/** Hvilke udfald en person kan få under hvert valg af den læsning, der afgør personen. */
export interface MuligtUdfald {
  udfald: Udfald;
  laesning: LaesningId | null;
  valg: string | null;
  /** Udfaldet under de valgte læsninger. */
  valgt: boolean;
}

export function muligeUdfald(person: Person, tilbudstype: Tilbudstype | undefined, laesninger: Laesninger = STANDARD_LAESNINGER): MuligtUdfald[] {
  const her = vurderPerson(person, tilbudstype, laesninger);
  const ud: MuligtUdfald[] = [{ udfald: her.udfald, laesning: her.laesning, valg: her.laesning ? laesninger[her.laesning] : null, valgt: true }];
  for (const id of LAESNING_IDER) {
    for (const v of LAESNING_VALG[id]) {
      if (v === laesninger[id]) continue;
      const anden = vurderPerson(person, tilbudstype, { ...laesninger, [id]: v } as Laesninger);
      if (anden.udfald !== her.udfald && !ud.some((u) => u.udfald === anden.udfald)) {
        ud.push({ udfald: anden.udfald, laesning: id, valg: v, valgt: false });
      }
    }
  }
  return ud;
}

/** Scoren med én person mere eller én færre i gang (samme grundlag) under de valgte grænser. */
export function naboScorer(r: Resultat): { enMere: Score | null; enFaerre: Score | null } {
  if (r.score === null || r.grundlag === 0) return { enMere: null, enFaerre: null };
  const baand = baandFor(r.laesninger);
  const enMere = r.taeller < r.grundlag ? scoreFor(r.taeller + 1, r.grundlag, baand) : null;
  const enFaerre = r.taeller > 0 ? scoreFor(r.taeller - 1, r.grundlag, baand) : null;
  return { enMere: enMere === r.score ? null : enMere, enFaerre: enFaerre === r.score ? null : enFaerre };
}
