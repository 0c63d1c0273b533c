/**
 * Kommandolinje: `npm run score -- FIL [--json] [--laesning ID=VÆRDI …]`.
 * Læser et scenarie, validerer det og udskriver hver persons vurdering, resultatet, scoren under
 * andre læsninger og et udkast til bedømmelsen. Med --json udskrives resultatet som JSON. Ved
 * forkert input: dansk besked på stderr, exitkode 2 og aldrig en stakspor.
 */
import { readFileSync } from 'node:fs';
import type { Alternativ, Laesninger, Resultat, Scenarie } from '../domain/indikator1b/index.ts';
import { findJsonFejl } from './json-fejl.ts';

type Motor = typeof import('../domain/indikator1b/index.ts');
type Ord = (typeof import('../ui/tekster.ts'))['FAELLES'];

const BRUG = 'Brug: npm run score -- FIL [--json] [--laesning ID=VÆRDI ...]';

class Brugerfejl extends Error {
  linjer: string[];
  constructor(linjer: string[]) {
    super(linjer.join('\n'));
    this.linjer = linjer;
  }
}

interface Argumenter {
  fil: string;
  json: boolean;
  laesninger: Record<string, string>;
  hjaelp?: boolean;
}

function laesArgumenter(argv: string[]): Argumenter {
  let fil: string | undefined;
  let json = false;
  const laesninger: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--hjaelp' || a === '--help') return { fil: '', json, laesninger, hjaelp: true };
    else if (a === '--laesning' || a.startsWith('--laesning=')) {
      const vaerdi = a === '--laesning' ? argv[++i] : a.slice('--laesning='.length);
      if (vaerdi === undefined) throw new Brugerfejl(['--laesning mangler en værdi (ID=VÆRDI).', BRUG]);
      const lig = vaerdi.indexOf('=');
      if (lig <= 0) throw new Brugerfejl([`--laesning skal have formen ID=VÆRDI (fik "${vaerdi}").`, BRUG]);
      laesninger[vaerdi.slice(0, lig)] = vaerdi.slice(lig + 1);
    } else if (a.startsWith('-') && a !== '-') throw new Brugerfejl([`ukendt tilvalg "${a}".`, BRUG]);
    else if (fil !== undefined) throw new Brugerfejl([`for mange argumenter: "${a}" (kun én fil ad gangen).`, BRUG]);
    else fil = a;
  }
  if (fil === undefined) throw new Brugerfejl(['mangler en scenariefil.', BRUG]);
  return { fil, json, laesninger };
}

function laesLaesninger(m: Motor, oenskede: Record<string, string>): Laesninger {
  const fejl: string[] = [];
  for (const [id, v] of Object.entries(oenskede)) {
    if (!Object.hasOwn(m.LAESNING_VALG, id)) {
      fejl.push(`ukendt læsning "${id}". Kendte læsninger: ${m.LAESNING_IDER.join(', ')}`);
    } else if (!m.erGyldigtValg(id, v)) {
      fejl.push(`ukendt valg "${v}" for læsningen ${id}. Mulige valg: ${m.LAESNING_VALG[id as keyof typeof m.LAESNING_VALG].join(', ')}`);
    }
  }
  if (fejl.length > 0) throw new Brugerfejl(fejl);
  return m.medLaesninger(oenskede);
}

function laesFil(fil: string): unknown {
  let tekst: string;
  try {
    tekst = readFileSync(fil, 'utf8');
  } catch (e) {
    const kode = (e as { code?: string }).code;
    const grund =
      kode === 'ENOENT'
        ? 'filen findes ikke'
        : kode === 'EISDIR'
          ? 'det er en mappe, ikke en fil'
          : kode === 'EACCES' || kode === 'EPERM'
            ? 'filen kan ikke læses (ingen adgang)'
            : 'filen kan ikke læses';
    throw new Brugerfejl([`${fil}: ${grund}`]);
  }
  if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
  const fejl = findJsonFejl(tekst);
  if (fejl) throw new Brugerfejl([`${fil}: ugyldig JSON i linje ${fejl.linje}, kolonne ${fejl.kolonne}: ${fejl.besked}`]);
  try {
    return JSON.parse(tekst);
  } catch {
    throw new Brugerfejl([`${fil}: ugyldig JSON`]);
  }
}

function tekstUdskrift(m: Motor, ord: Ord, s: Scenarie, r: Resultat, alt: Alternativ[], udkast: string): string {
  const procent = (t: number, g: number) => m.procentTekst(t, g);
  const { REGLER, regelHref, TILBUDSTYPE_NAVNE } = m;
  const ud: string[] = [];
  ud.push(`Indikator 1.b – ${s.navn}`);
  ud.push(`Tilbudstype: ${TILBUDSTYPE_NAVNE[s.tilbudstype]}`);
  ud.push('');
  ud.push('Personer:');
  for (const [i, v] of r.personer.entries()) {
    const p = s.personer[i];
    const dom = m.UDFALD_NAVNE[v.udfald];
    const rolle = p.rolle === 'barn' ? 'medfølgende barn' : 'borger';
    ud.push(`  ${p.navn} (${v.id}, ${rolle}): ${dom}`);
    // Samme ord som beregneren, gennemgangen og quizzen: "Reglen" og "Også i spil".
    ud.push(`    ${ord.regel}: ${REGLER[v.regel].titel} – ${regelHref(v.regel)}`);
    for (const e of v.ekstraRegler) ud.push(`    ${ord.ogsaaISpil}: ${REGLER[e].titel} – ${regelHref(e)}`);
    if (v.laesning) ud.push(`    Afgjort af læsningen: ${m.laesning(v.laesning).titel} ${m.valg(v.laesning, r.laesninger[v.laesning]).navn}`);
  }
  ud.push('');
  ud.push('Resultat:');
  if (!r.gaelder) {
    ud.push(`  Indikator 1.b gælder ikke. ${r.grund ?? ''}`.trimEnd());
  } else {
    ud.push(`  Borgere: ${r.borgere.taeller} af ${r.borgere.grundlag} i gang (${procent(r.borgere.taeller, r.borgere.grundlag)})`);
    if (r.udeladt > 0) ud.push(`  Udeladt af grundlaget: ${r.udeladt}`);
    if (r.boern.grundlag > 0) ud.push(`  Medfølgende børn: ${r.boern.taeller} af ${r.boern.grundlag} i gang (${procent(r.boern.taeller, r.boern.grundlag)})`);
    ud.push(`  Scoren er givet ud fra: ${r.taeller} af ${r.grundlag} (${procent(r.taeller, r.grundlag)})`);
    if (r.score === null || r.trin === null)
      ud.push(r.scoreForeslaas ? '  Score: ingen (grundlaget er tomt)' : '  Score: ingen foreslået (læsning for børneområdet)');
    else ud.push(`  Foreslået score: ${r.score} – ${r.trin.ord}, ${r.trin.betegnelse}`);
    ud.push('  Læsninger:');
    for (const id of m.LAESNING_IDER) ud.push(`    ${m.laesning(id).titel} ${m.valg(id, r.laesninger[id]).navn} (${id}=${r.laesninger[id]})`);
    if (alt.length === 0) ud.push('  Ingen anden læsning ændrer scoren.');
    for (const a of alt) ud.push(`  Med en anden læsning: ${a.beskrivelse} → score ${a.score ?? 'ingen'} (--laesning ${a.laesning}=${a.valg})`);
  }
  ud.push('');
  ud.push('Udkast til bedømmelse:');
  for (const linje of udkast.split('\n')) ud.push(linje === '' ? '' : `  ${linje}`);
  return ud.join('\n');
}

function jsonUdskrift(r: Resultat, alt: Alternativ[], udkast: string): string {
  return JSON.stringify(
    {
      gaelder: r.gaelder,
      taeller: r.taeller,
      grundlag: r.grundlag,
      udeladt: r.udeladt,
      andel: r.andel,
      score: r.score,
      personer: r.personer.map((p) => ({ id: p.id, taeller: p.taeller, udeladt: p.udeladt, regel: p.regel, udfald: p.udfald, laesning: p.laesning })),
      borgere: r.borgere,
      boern: r.boern,
      laesninger: r.laesninger,
      alternativer: alt.map((a) => ({ laesning: a.laesning, valg: a.valg, beskrivelse: a.beskrivelse, score: a.score, andel: a.andel })),
      udkast,
    },
    null,
    2,
  );
}

async function koer(argv: string[]): Promise<number> {
  const { fil, json, hjaelp, laesninger: oenskede } = laesArgumenter(argv);
  if (hjaelp) {
    process.stdout.write(`${BRUG}\n`);
    return 0;
  }
  // Motoren indlæses først her, så også en fejl i banddata fanges nedenfor (ingen stakspor).
  const m: Motor = await import('../domain/indikator1b/index.ts');
  const { valider } = await import('../schemas/scenarie.ts');
  const { FAELLES } = await import('../ui/tekster.ts');
  const data = laesFil(fil);
  const v = valider(data, fil);
  if (!v.ok) throw new Brugerfejl(v.fejl);
  const laesninger = laesLaesninger(m, oenskede);
  const enheder = v.scenarie.personer.map((person) => ({ person, antal: 1 }));
  const r = m.beregn(enheder, v.scenarie.tilbudstype, laesninger);
  const alt = m.alternativer(enheder, v.scenarie.tilbudstype, laesninger, r);
  const udkast = m.udkastTilBedoemmelse(r, alt, v.scenarie.navn);
  if (json) {
    process.stdout.write(`${jsonUdskrift(r, alt, udkast)}\n`);
  } else {
    process.stdout.write(`${tekstUdskrift(m, FAELLES, v.scenarie, r, alt, udkast)}\n`);
  }
  return 0;
}

try {
  process.exitCode = await koer(process.argv.slice(2));
} catch (e) {
  if (e instanceof Brugerfejl) {
    process.stderr.write(`${e.linjer.map((l) => (l === BRUG ? l : `Fejl: ${l}`)).join('\n')}\n`);
    process.exitCode = 2;
  } else {
    const besked = e instanceof Error ? e.message : String(e);
    process.stderr.write(`Fejl: uventet fejl i score-kommandoen: ${besked.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
