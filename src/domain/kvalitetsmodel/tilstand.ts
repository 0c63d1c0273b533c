/**
 * Værktøjernes tilstand (hvilket tilbud, hvilken bedømmelse, hvilke scorer) til og fra URL og
 * localStorage. Ren kode: funktionerne tager og giver tekst, så de kan testes uden browser.
 *
 * URL-formatet (query string; alle parametre er valgfrie):
 *
 *   ?tilbud=sel-110&bestyrelse=ja&tilstand=drift&s=1.a:4,1.b:3,2.a:5&g=1.a:ja,2.b:nej
 *
 *   tilbud      id på en tilbudstype fra content/data/tilbudstyper.json
 *   bestyrelse  "ja" = privat tilbud med bestyrelse; "nej" eller udeladt = ikke
 *   tilstand    "drift" (driftsorienteret tilsyn, standard) eller "godkendelse"
 *   s           scorer ved driftsorienteret tilsyn: indikator:score, adskilt af komma; score = helt tal 1-5
 *   g           bedømmelser ved godkendelse: indikator:ja|nej ("ja" = forventes at kunne opfylde)
 *
 * Scorer og bedømmelser gemmes begge, så et skift mellem de to tilstande ikke sletter noget.
 * Skrivningen udelader standardværdier (bestyrelse=nej, tilstand=drift) og tomme lister.
 *
 * localStorage: nøglen LAGER_NOEGLE ("tema1.spindelvaev.v1") indeholder JSON
 *   { "version": 1, "tilbud": "sel-110", "bestyrelse": true, "tilstand": "drift",
 *     "scorer": { "1.a": 4 }, "godkendelse": { "1.a": "ja" } }
 * Ødelagt JSON eller en anden version ignoreres med en dansk besked, aldrig med et nedbrud.
 *
 * Ugyldige værdier (score 7, et bogstav, et ukendt indikator-id, en ukendt tilbudstype, en indikator
 * der ikke gælder for tilbuddet …) ignoreres, og hver giver en dansk besked, der nævner værdien.
 * En ugyldig værdi bliver aldrig til en del af et gennemsnit.
 */
import { INDIKATORER, TILBUDSTYPER, tilbudstypeNavn } from './model.ts';
import { gaelderIndikator } from './gaelder.ts';
import { MAX_SCORE, MIN_SCORE, erGyldigScore, type GodkendelsesVaerdi } from './gennemsnit.ts';

export type Bedoemmelse = 'drift' | 'godkendelse';

export interface VaerktoejsTilstand {
  /** Tilbudstype-id, eller null når der ikke er valgt en. */
  tilbud: string | null;
  privatMedBestyrelse: boolean;
  tilstand: Bedoemmelse;
  scorer: Record<string, number>;
  godkendelse: Record<string, GodkendelsesVaerdi>;
}

export interface Fortolket {
  tilstand: VaerktoejsTilstand;
  /** Danske beskeder om værdier, der er ignoreret. Tom, når alt var i orden. */
  beskeder: string[];
}

export const LAGER_VERSION = 1;
export const LAGER_NOEGLE = `tema1.spindelvaev.v${LAGER_VERSION}`;

/** Parametre i URL'en, som værktøjerne bruger. */
export const URL_PARAMETRE = ['tilbud', 'bestyrelse', 'tilstand', 's', 'g'] as const;

export const tomTilstand = (): VaerktoejsTilstand => ({
  tilbud: null,
  privatMedBestyrelse: false,
  tilstand: 'drift',
  scorer: {},
  godkendelse: {},
});

const INDIKATOR_IDER = new Set(INDIKATORER.map((i) => i.id));
const TILBUD_IDER = new Set(TILBUDSTYPER.map((t) => t.id));

export const erKendtTilbudstype = (id: string): boolean => TILBUD_IDER.has(id);

/** Rå, utjekkede værdier, som både URL og localStorage oversættes til før kontrollen. */
interface Raa {
  tilbud?: string;
  bestyrelse?: string;
  tilstand?: string;
  scorer: [id: string, vaerdi: string][];
  godkendelse: [id: string, vaerdi: string][];
}

const kort = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Kontrollerer tilbud og bestyrelse og giver et tilbud (eller null) og beskeder. */
function kontrollerTilbud(raa: Pick<Raa, 'tilbud' | 'bestyrelse'>): { tilbud: string | null; privatMedBestyrelse: boolean; beskeder: string[] } {
  const beskeder: string[] = [];
  let tilbud: string | null = null;
  if (raa.tilbud !== undefined && raa.tilbud !== '') {
    if (TILBUD_IDER.has(raa.tilbud)) tilbud = raa.tilbud;
    else beskeder.push(`Tilbudstypen »${kort(raa.tilbud)}« findes ikke i listen over tilbudstyper. Værdien er ignoreret; vælg en tilbudstype i listen.`);
  }
  let privatMedBestyrelse = false;
  if (raa.bestyrelse !== undefined && raa.bestyrelse !== '') {
    if (raa.bestyrelse === 'ja') privatMedBestyrelse = true;
    else if (raa.bestyrelse !== 'nej')
      beskeder.push(`Værdien for bestyrelse er »${kort(raa.bestyrelse)}«; den skal være »ja« eller »nej«. Værdien er ignoreret.`);
  }
  return { tilbud, privatMedBestyrelse, beskeder };
}

function kontroller(raa: Raa): Fortolket {
  const t = tomTilstand();
  const { tilbud, privatMedBestyrelse, beskeder } = kontrollerTilbud(raa);
  t.tilbud = tilbud;
  t.privatMedBestyrelse = privatMedBestyrelse;

  if (raa.tilstand !== undefined && raa.tilstand !== '') {
    if (raa.tilstand === 'drift' || raa.tilstand === 'godkendelse') t.tilstand = raa.tilstand;
    else beskeder.push(`Bedømmelsen er »${kort(raa.tilstand)}«; den skal være »drift« eller »godkendelse«. Driftsorienteret tilsyn er valgt i stedet.`);
  }

  const harVaerdier = raa.scorer.length > 0 || raa.godkendelse.length > 0;
  if (harVaerdier && t.tilbud === null) {
    beskeder.push(
      'Der er scorer eller bedømmelser, men ingen gyldig tilbudstype, så det kan ikke afgøres, hvilke indikatorer der gælder. Værdierne er ignoreret.',
    );
    return { tilstand: t, beskeder };
  }

  /** Fælles kontrol af id'et; returnerer true, hvis værdien må bruges. */
  const idOk = (id: string, hvad: string, brugt: Set<string>): boolean => {
    if (!INDIKATOR_IDER.has(id)) {
      beskeder.push(`»${kort(id)}« er ikke en indikator i kvalitetsmodellen. ${hvad} er ignoreret.`);
      return false;
    }
    if (brugt.has(id)) {
      beskeder.push(`Indikator ${id} står mere end én gang. Kun den første værdi er læst; de øvrige er ignoreret.`);
      return false;
    }
    const indikator = INDIKATORER.find((i) => i.id === id)!;
    const g = gaelderIndikator(indikator, { tilbudstype: t.tilbud!, privatMedBestyrelse: t.privatMedBestyrelse });
    if (!g.gaelder) {
      beskeder.push(`${g.grund} ${hvad} for ${id} er ignoreret.`);
      return false;
    }
    return true;
  };

  const brugteScorer = new Set<string>();
  for (const [id, vaerdi] of raa.scorer) {
    if (!idOk(id, 'Scoren', brugteScorer)) continue;
    brugteScorer.add(id);
    const tal = /^\d+$/.test(vaerdi) ? Number(vaerdi) : NaN;
    if (!erGyldigScore(tal)) {
      const vist = vaerdi === '' ? 'tom' : `»${kort(vaerdi)}«`;
      beskeder.push(`Scoren for ${id} er ${vist}; den skal være et helt tal fra ${MIN_SCORE} til ${MAX_SCORE}. Værdien er ignoreret.`);
      continue;
    }
    t.scorer[id] = tal;
  }

  const brugteGodkendelser = new Set<string>();
  for (const [id, vaerdi] of raa.godkendelse) {
    if (!idOk(id, 'Bedømmelsen', brugteGodkendelser)) continue;
    brugteGodkendelser.add(id);
    if (vaerdi !== 'ja' && vaerdi !== 'nej') {
      const vist = vaerdi === '' ? 'tom' : `»${kort(vaerdi)}«`;
      beskeder.push(
        `Bedømmelsen ved godkendelse for ${id} er ${vist}; den skal være »ja« (forventes at kunne opfylde) eller »nej« (forventes ikke at kunne opfylde). Værdien er ignoreret.`,
      );
      continue;
    }
    t.godkendelse[id] = vaerdi;
  }
  return { tilstand: t, beskeder };
}

/** "1.a:4,1.b:3" → [["1.a","4"],["1.b","3"]]. Et led uden kolon får en tom værdi. */
function delListe(tekst: string | null): [string, string][] {
  if (!tekst) return [];
  return tekst
    .split(',')
    .map((led) => led.trim())
    .filter((led) => led !== '')
    .map((led) => {
      const i = led.indexOf(':');
      return i < 0 ? [led, ''] : [led.slice(0, i).trim(), led.slice(i + 1).trim()];
    });
}

const vaerdi = (p: URLSearchParams, navn: string) => p.get(navn) ?? undefined;

/** Læser hele værktøjstilstanden fra en query string ("?tilbud=…" eller "tilbud=…"). */
export function laesFraUrl(search: string): Fortolket {
  const p = new URLSearchParams(search);
  return kontroller({
    tilbud: vaerdi(p, 'tilbud'),
    bestyrelse: vaerdi(p, 'bestyrelse'),
    tilstand: vaerdi(p, 'tilstand'),
    scorer: delListe(p.get('s')),
    godkendelse: delListe(p.get('g')),
  });
}

/** Kun tilbud og bestyrelse (til vælgeren "Hvilke indikatorer gælder?"); andre parametre ses bort fra. */
export function laesTilbudFraUrl(search: string): { tilbud: string | null; privatMedBestyrelse: boolean; beskeder: string[] } {
  const p = new URLSearchParams(search);
  return kontrollerTilbud({ tilbud: vaerdi(p, 'tilbud'), bestyrelse: vaerdi(p, 'bestyrelse') });
}

/** Har URL'en nogen af værktøjernes parametre? (Så går URL'en forud for det gemte.) */
export function harUrlTilstand(search: string): boolean {
  const p = new URLSearchParams(search);
  return URL_PARAMETRE.some((n) => p.has(n));
}

const sorteret = <V>(o: Record<string, V>) => {
  const orden = new Map(INDIKATORER.map((i, n) => [i.id, n]));
  return Object.entries(o).sort((a, b) => (orden.get(a[0]) ?? 0) - (orden.get(b[0]) ?? 0));
};

/** Skriver tilstanden som query string med "?" foran, eller "" når der intet er at skrive. */
export function skrivTilUrl(t: VaerktoejsTilstand): string {
  const dele: string[] = [];
  if (t.tilbud) dele.push(`tilbud=${encodeURIComponent(t.tilbud)}`);
  if (t.privatMedBestyrelse) dele.push('bestyrelse=ja');
  if (t.tilstand !== 'drift') dele.push(`tilstand=${t.tilstand}`);
  const s = sorteret(t.scorer).map(([id, v]) => `${id}:${v}`);
  if (s.length) dele.push(`s=${s.join(',')}`);
  const g = sorteret(t.godkendelse).map(([id, v]) => `${id}:${v}`);
  if (g.length) dele.push(`g=${g.join(',')}`);
  // Kolon og komma skrives ukodet, så adressen er til at læse; URLSearchParams læser dem fint.
  return dele.length ? `?${dele.join('&')}` : '';
}

/** Skriver kun tilbud og bestyrelse (vælgeren). */
export function skrivTilbudTilUrl(tilbud: string | null, privatMedBestyrelse: boolean): string {
  return skrivTilUrl({ ...tomTilstand(), tilbud, privatMedBestyrelse });
}

/** Tilstanden som JSON til localStorage. */
export function skrivTilLager(t: VaerktoejsTilstand): string {
  return JSON.stringify({
    version: LAGER_VERSION,
    tilbud: t.tilbud,
    bestyrelse: t.privatMedBestyrelse,
    tilstand: t.tilstand,
    scorer: Object.fromEntries(sorteret(t.scorer)),
    godkendelse: Object.fromEntries(sorteret(t.godkendelse)),
  });
}

const erObjekt = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Læser det gemte fra localStorage (teksten under LAGER_NOEGLE, eller null når intet er gemt). */
export function laesFraLager(tekst: string | null): Fortolket {
  if (tekst === null || tekst === '') return { tilstand: tomTilstand(), beskeder: [] };
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    return { tilstand: tomTilstand(), beskeder: ['De gemte data i browseren kunne ikke læses og er ignoreret.'] };
  }
  if (!erObjekt(data)) {
    return { tilstand: tomTilstand(), beskeder: ['De gemte data i browseren har et ukendt format og er ignoreret.'] };
  }
  if (data.version !== LAGER_VERSION) {
    return {
      tilstand: tomTilstand(),
      beskeder: [`De gemte data i browseren er fra en anden version af værktøjet (version »${kort(String(data.version))}«) og er ignoreret.`],
    };
  }
  const tekstEller = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  const par = (v: unknown): [string, string][] => (erObjekt(v) ? Object.entries(v).map(([id, x]) => [id, x === null || x === undefined ? '' : String(x)]) : []);
  const fejlform = (['scorer', 'godkendelse'] as const).filter((n) => data[n] !== undefined && !erObjekt(data[n]));
  const res = kontroller({
    tilbud: tekstEller(data.tilbud),
    // Gemt som true/false; alt andet (også teksten "ja") afvises med værdien i beskeden.
    bestyrelse: data.bestyrelse === true ? 'ja' : data.bestyrelse === false || data.bestyrelse === undefined ? 'nej' : JSON.stringify(data.bestyrelse),
    tilstand: tekstEller(data.tilstand),
    scorer: par(data.scorer),
    godkendelse: par(data.godkendelse),
  });
  for (const n of fejlform) res.beskeder.push(`De gemte ${n === 'scorer' ? 'scorer' : 'bedømmelser'} har et ukendt format og er ignoreret.`);
  return res;
}

/**
 * Fjerner scorer og bedømmelser for indikatorer, der ikke gælder for tilstandens tilbud (fx efter et
 * skift af tilbudstype). Returnerer den rensede tilstand og de fjernede indikator-id'er.
 */
export function fjernIkkeGaeldende(t: VaerktoejsTilstand): { tilstand: VaerktoejsTilstand; fjernet: string[] } {
  if (!t.tilbud) {
    const fjernet = [...new Set([...Object.keys(t.scorer), ...Object.keys(t.godkendelse)])];
    return { tilstand: { ...t, scorer: {}, godkendelse: {} }, fjernet };
  }
  const tilbud = { tilbudstype: t.tilbud, privatMedBestyrelse: t.privatMedBestyrelse };
  const gaelder = (id: string) => {
    const i = INDIKATORER.find((x) => x.id === id);
    return i !== undefined && gaelderIndikator(i, tilbud).gaelder;
  };
  const scorer = Object.fromEntries(Object.entries(t.scorer).filter(([id]) => gaelder(id)));
  const godkendelse = Object.fromEntries(Object.entries(t.godkendelse).filter(([id]) => gaelder(id)));
  const fjernet = [...new Set([...Object.keys(t.scorer), ...Object.keys(t.godkendelse)].filter((id) => !gaelder(id)))];
  return { tilstand: { ...t, scorer, godkendelse }, fjernet };
}

/** Kort beskrivelse af tilbuddet til beskeder: "Forsorgshjem … (privat tilbud med bestyrelse)". */
export function tilbudsTekst(t: Pick<VaerktoejsTilstand, 'tilbud' | 'privatMedBestyrelse'>): string {
  if (!t.tilbud) return 'intet tilbud valgt';
  return `${tilbudstypeNavn(t.tilbud)}${t.privatMedBestyrelse ? ' (privat tilbud med bestyrelse)' : ''}`;
}
