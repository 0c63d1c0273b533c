/**
 * Beregnerens tilstand som ren kode: personlisten og den hurtige optælling, oversættelse til et
 * scenarie (samme format som `npm run score` læser), gemt tilstand i localStorage (versioneret, tåler
 * ødelagte data) og et delbart link (komprimeret i URL'ens fragment, så intet når en serverlog).
 */
import { GRUPPER, MAKS_PERSONER, gruppeEnheder, laesAntal } from './grupper.ts';
import { erGyldigtValg, LAESNING_IDER, medLaesninger, type Laesninger } from './laesninger.ts';
import { FRAVAERSTYPER, KATEGORIER, KATEGORI_NAVNE, PENSIONER, TILBUDSTYPER, type Fravaer, type Kategori, type Pension, type Rolle } from './navne.ts';
import type { Person, Scenarie } from './typer.ts';
import type { Enhed } from './beregn.ts';

export const TILSTAND_VERSION = 1;
export const GEMME_NOEGLE = 'tema1-beregner';

export interface Raekke {
  /** Internt id (p1, p2 …), aldrig vist som navn. */
  id: string;
  initialer: string;
  rolle: Rolle;
  alder: string;
  pension: Pension | '';
  kategorier: Kategori[];
  hjemmel: string;
  fravaer: Fravaer | '';
  kanVendeTilbage: boolean;
}

export interface BeregnerTilstand {
  version: typeof TILSTAND_VERSION;
  tilstand: 'liste' | 'grupper';
  navn: string;
  tilbudstype: string;
  iAlt: string;
  laesninger: Partial<Record<string, string>>;
  personer: Raekke[];
  grupper: Record<string, string>;
}

/**
 * Det, en række kan være i, pr. rolle, med rækkens ord. Borgerne kan være i alle kategorier: motoren
 * har en regel for hver (også dagtilbud og grundskole, fx et barn på et børne- og ungehjem). For
 * medfølgende børn skelner motoren kun mellem børnenes regler (kategoriRegel i beregn.ts): dag- og
 * grundskoletilbud uden for tilbuddet, pasning eller undervisning hos forælderen eller tilbuddet og –
 * under én regel – en ung i uddannelse, job eller STU. tests/unit/indikator1b.beregner.test.ts holder
 * listen op mod motoren.
 */
const BARN_NAVNE = {
  dagtilbud: 'Dagtilbud uden for tilbuddet',
  grundskole: 'Grundskole uden for tilbuddet (almen eller særlig)',
  'ordinaer-uddannelse': 'Ungdomsuddannelse eller anden uddannelse',
  'ordinaer-beskaeftigelse': 'Job',
  stu: 'STU',
  'egen-aktivitet': 'Passes eller undervises af forælderen eller tilbuddet',
} as const satisfies Partial<Record<Kategori, string>>;

export const RAEKKE_KATEGORIER: Record<Rolle, readonly Kategori[]> = {
  borger: KATEGORIER,
  barn: Object.keys(BARN_NAVNE) as (keyof typeof BARN_NAVNE)[],
};

/** Kategoriens navn i en række: børnenes egne ord, ellers motorens navn. */
export function kategoriTekst(rolle: Rolle, k: Kategori): string {
  if (rolle === 'barn') return k in BARN_NAVNE ? BARN_NAVNE[k as keyof typeof BARN_NAVNE] : KATEGORI_NAVNE[k];
  return k === 'egen-aktivitet' ? 'Tilbuddets egne aktiviteter (værksted, kursus o.l.)' : KATEGORI_NAVNE[k];
}

/**
 * En række, der skifter rolle: et barn har ingen pension, og kategorier, som rollen ikke har (børn har
 * færre), falder bort. Beregneren og kalibreringens tilbudsbygger bruger begge denne.
 */
export function skiftRolle(r: Raekke, rolle: Rolle): Pick<Raekke, 'rolle' | 'kategorier' | 'pension'> {
  return {
    rolle,
    kategorier: r.kategorier.filter((k) => RAEKKE_KATEGORIER[rolle].includes(k)),
    pension: rolle === 'barn' ? '' : r.pension,
  };
}

export function nyRaekke(id: string, rolle: Rolle = 'borger'): Raekke {
  return { id, initialer: '', rolle, alder: '', pension: '', kategorier: [], hjemmel: '', fravaer: '', kanVendeTilbage: true };
}

export function tomTilstand(): BeregnerTilstand {
  return {
    version: TILSTAND_VERSION,
    tilstand: 'liste',
    navn: '',
    tilbudstype: 'sel-108',
    iAlt: '',
    laesninger: {},
    personer: [nyRaekke('p1')],
    grupper: {},
  };
}

export function naesteId(personer: Raekke[]): string {
  let n = personer.length + 1;
  const brugt = new Set(personer.map((p) => p.id));
  while (brugt.has(`p${n}`)) n++;
  return `p${n}`;
}

/** Initialer: 1–4 bogstaver (punktum og bindestreg tilladt). Aldrig et helt navn eller et CPR-nummer. */
export function tjekInitialer(t: string): string | null {
  const v = t.trim();
  if (v === '') return null; // Initialer er valgfrie; uden dem hedder personen "Person N".
  if (/\d/.test(v)) return 'skriv kun initialer – ingen tal eller CPR-numre';
  const bogstaver = v.replace(/[.\-\s]/g, '');
  if (!/^\p{L}+$/u.test(bogstaver)) return 'skriv kun bogstaver (initialer)';
  if (bogstaver.length > 4) return 'skriv kun initialer (højst 4 bogstaver) – ikke et navn';
  return null;
}

export interface FeltFejl {
  /** Det felt, fejlen handler om (id i formularen). */
  felt: string;
  besked: string;
}

export type Opgoerelse = { ok: true; enheder: Enhed[]; scenarie: Scenarie | null; laesninger: Laesninger; antal: number } | { ok: false; fejl: FeltFejl[] };

function laesninger(t: BeregnerTilstand): Laesninger {
  const gyldige: Record<string, string> = {};
  for (const [id, v] of Object.entries(t.laesninger)) if (v !== undefined && erGyldigtValg(id, v)) gyldige[id] = v;
  return medLaesninger(gyldige);
}

/** Personlisten som scenarie. Fejl nævner personens nummer og initialer og feltet på dansk. */
export function listeTilScenarie(t: BeregnerTilstand): { scenarie: Scenarie; fejl: FeltFejl[] } {
  const fejl: FeltFejl[] = [];
  const personer: Person[] = t.personer.map((r, i) => {
    const hvem = `Person ${i + 1}${r.initialer.trim() ? ` (${r.initialer.trim()})` : ''}`;
    const ini = tjekInitialer(r.initialer);
    if (ini) fejl.push({ felt: `${r.id}-initialer`, besked: `${hvem}: ${ini}.` });
    let alder: number | undefined;
    if (r.alder.trim() !== '') {
      const a = laesAntal(r.alder, 120);
      if (!a.ok) fejl.push({ felt: `${r.id}-alder`, besked: `${hvem}, alder: ${a.besked.replace(/personer/, 'år')}.` });
      else alder = a.antal;
    }
    if (r.kategorier.includes('andet-saerligt-tilbud') && r.hjemmel.trim() === '') {
      fejl.push({ felt: `${r.id}-hjemmel`, besked: `${hvem}: skriv lovgrundlaget for det andet særlige tilbud.` });
    }
    const fravaer = r.fravaer === '' ? undefined : r.fravaer;
    return {
      id: r.id,
      navn: r.initialer.trim() || `Person ${i + 1}`,
      rolle: r.rolle,
      ...(alder !== undefined ? { alder } : {}),
      ...(r.rolle === 'borger' && r.pension ? { pension: r.pension } : {}),
      forloeb: r.kategorier.map((kategori) => ({
        kategori,
        ...(kategori === 'andet-saerligt-tilbud' && r.hjemmel.trim() ? { hjemmel: r.hjemmel.trim() } : {}),
        // Fravær gælder personens uddannelse, job eller tilbud – ikke tilbuddets egne aktiviteter.
        ...(fravaer && kategori !== 'egen-aktivitet' ? { fravaer, ...(r.kanVendeTilbage ? {} : { kanVendeTilbage: false }) } : {}),
      })),
    };
  });
  const scenarie: Scenarie = {
    navn: t.navn.trim() || 'Tilbuddet',
    tilbudstype: t.tilbudstype,
    personer,
  };
  return { scenarie, fejl };
}

/** Hele opgørelsen: personliste eller grupper, med tjek af antallet i alt. */
export function opgoer(t: BeregnerTilstand): Opgoerelse {
  const fejl: FeltFejl[] = [];
  if (!TILBUDSTYPER.includes(t.tilbudstype)) fejl.push({ felt: 'tilbudstype', besked: 'Vælg en tilbudstype.' });
  let enheder: Enhed[];
  let scenarie: Scenarie | null = null;
  if (t.tilstand === 'liste') {
    if (t.personer.length > MAKS_PERSONER) fejl.push({ felt: 'personer', besked: `Listen kan højst rumme ${MAKS_PERSONER.toLocaleString('da-DK')} personer.` });
    const l = listeTilScenarie(t);
    fejl.push(...l.fejl);
    scenarie = l.scenarie;
    enheder = l.scenarie.personer.map((person) => ({ person, antal: 1 }));
  } else {
    const antal: Record<string, number> = {};
    let sum = 0;
    for (const g of GRUPPER) {
      const a = laesAntal(t.grupper[g.id] ?? '');
      if (!a.ok) fejl.push({ felt: `gruppe-${g.id}`, besked: `${g.navn}: ${a.besked}.` });
      else {
        antal[g.id] = a.antal;
        sum += a.antal;
      }
    }
    if (sum > MAKS_PERSONER)
      fejl.push({ felt: 'grupper', besked: `I alt højst ${MAKS_PERSONER.toLocaleString('da-DK')} personer (grupperne giver ${sum.toLocaleString('da-DK')}).` });
    enheder = gruppeEnheder(antal);
  }
  const antalIAlt = enheder.reduce((s, e) => s + e.antal, 0);
  if (t.iAlt.trim() !== '') {
    const a = laesAntal(t.iAlt);
    if (!a.ok) fejl.push({ felt: 'i-alt', besked: `Antal i alt: ${a.besked}.` });
    else if (a.antal !== antalIAlt) {
      fejl.push({
        felt: 'i-alt',
        besked: `Antal i alt er ${a.antal}, men ${t.tilstand === 'liste' ? 'listen' : 'grupperne'} rummer ${antalIAlt}. Ret antallet eller ${t.tilstand === 'liste' ? 'listen' : 'grupperne'}, så de passer.`,
      });
    }
  }
  if (fejl.length > 0) return { ok: false, fejl };
  return { ok: true, enheder, scenarie, laesninger: laesninger(t), antal: antalIAlt };
}

// ---------------------------------------------------------------------------------------------
// Import og eksport af scenariefiler

/** Personlisten som scenariefil (JSON), der kan læses af `npm run score` og importeres igen. */
export function tilScenarieFil(t: BeregnerTilstand): string {
  const { scenarie } = listeTilScenarie(t);
  return `${JSON.stringify(scenarie, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Gemt tilstand og delbart link

function erObjekt(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const tekst = (x: unknown, maks = 200) => (typeof x === 'string' ? x.slice(0, maks) : '');

/**
 * Læser en gemt eller delt tilstand. Ukendt version, forkerte typer og ukendte værdier giver null
 * (kalderen viser en besked og starter forfra); enkelte ukendte værdier i en række droppes.
 */
export function laesTilstand(data: unknown): BeregnerTilstand | null {
  if (!erObjekt(data) || data.version !== TILSTAND_VERSION) return null;
  if (!Array.isArray(data.personer) || data.personer.length > MAKS_PERSONER) return null;
  const personer: Raekke[] = [];
  for (const [i, p] of data.personer.entries()) {
    if (!erObjekt(p)) return null;
    const kategorier = Array.isArray(p.kategorier) ? p.kategorier.filter((k): k is Kategori => KATEGORIER.includes(k as Kategori)) : [];
    personer.push({
      id: typeof p.id === 'string' && /^[a-z0-9-]{1,20}$/.test(p.id) ? p.id : `p${i + 1}`,
      initialer: tekst(p.initialer, 12),
      rolle: p.rolle === 'barn' ? 'barn' : 'borger',
      alder: tekst(p.alder, 6),
      pension: PENSIONER.includes(p.pension as Pension) ? (p.pension as Pension) : '',
      kategorier: [...new Set(kategorier)],
      hjemmel: tekst(p.hjemmel),
      fravaer: FRAVAERSTYPER.includes(p.fravaer as Fravaer) ? (p.fravaer as Fravaer) : '',
      kanVendeTilbage: p.kanVendeTilbage !== false,
    });
  }
  if (new Set(personer.map((p) => p.id)).size !== personer.length) personer.forEach((p, i) => (p.id = `p${i + 1}`));
  const grupper: Record<string, string> = {};
  if (erObjekt(data.grupper)) for (const g of GRUPPER) if (typeof data.grupper[g.id] === 'string') grupper[g.id] = tekst(data.grupper[g.id], 12);
  const laesningerInd: Record<string, string> = {};
  if (erObjekt(data.laesninger)) for (const id of LAESNING_IDER) if (erGyldigtValg(id, data.laesninger[id])) laesningerInd[id] = data.laesninger[id] as string;
  return {
    version: TILSTAND_VERSION,
    tilstand: data.tilstand === 'grupper' ? 'grupper' : 'liste',
    navn: tekst(data.navn),
    tilbudstype: typeof data.tilbudstype === 'string' && TILBUDSTYPER.includes(data.tilbudstype) ? data.tilbudstype : 'sel-108',
    iAlt: tekst(data.iAlt, 12),
    laesninger: laesningerInd,
    personer: personer.length > 0 ? personer : [nyRaekke('p1')],
    grupper,
  };
}

function tilBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fraBase64Url(t: string): Uint8Array {
  const s = atob(t.replace(/-/g, '+').replace(/_/g, '/'));
  const ud = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) ud[i] = s.charCodeAt(i);
  return ud;
}

async function gennem(bytes: Uint8Array, stroem: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const svar = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stroem));
  return new Uint8Array(await svar.arrayBuffer());
}

/** Komprimerer en værdi til tekst til URL-fragmentet (deflate-raw + base64url). */
export async function pakFragment(vaerdi: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(vaerdi));
  return tilBase64Url(await gennem(bytes, new CompressionStream('deflate-raw')));
}

/** Pakker et fragment ud; null ved enhver fejl (ødelagt eller afkortet link). */
export async function udpakFragment(t: string): Promise<unknown> {
  try {
    const bytes = await gennem(fraBase64Url(t), new DecompressionStream('deflate-raw'));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}
