/**
 * Kommandolinje: `npm run score -- FIL [--json]`.
 * Læser et scenarie, validerer det og udskriver hver persons vurdering, resultatet og et udkast til
 * bedømmelsen. Med --json udskrives resultatet som JSON. Ved forkert input: dansk besked på stderr,
 * exitkode 2 og aldrig en stakspor.
 */
import { readFileSync } from 'node:fs';
import type { Resultat, Scenarie } from '../domain/indikator1b/index.ts';
import { findJsonFejl } from './json-fejl.ts';

type Motor = typeof import('../domain/indikator1b/index.ts');

const BRUG = 'Brug: npm run score -- FIL [--json]';

class Brugerfejl extends Error {
  linjer: string[];
  constructor(linjer: string[]) {
    super(linjer.join('\n'));
    this.linjer = linjer;
  }
}

function laesArgumenter(argv: string[]): { fil: string; json: boolean; hjaelp?: boolean } {
  let fil: string | undefined;
  let json = false;
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--hjaelp' || a === '--help') return { fil: '', json, hjaelp: true };
    else if (a.startsWith('-') && a !== '-') throw new Brugerfejl([`ukendt tilvalg "${a}".`, BRUG]);
    else if (fil !== undefined) throw new Brugerfejl([`for mange argumenter: "${a}" (kun én fil ad gangen).`, BRUG]);
    else fil = a;
  }
  if (fil === undefined) throw new Brugerfejl(['mangler en scenariefil.', BRUG]);
  return { fil, json };
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

function procent(andel: number | null): string {
  return andel === null ? '–' : `${Math.round(andel * 100)} %`;
}

function tekstUdskrift(m: Motor, s: Scenarie, r: Resultat, udkast: string): string {
  const { REGLER, regelHref, TILBUDSTYPE_NAVNE } = m;
  const ud: string[] = [];
  ud.push(`Indikator 1.b – ${s.navn}`);
  ud.push(`Tilbudstype: ${TILBUDSTYPE_NAVNE[s.tilbudstype]}`);
  ud.push('');
  ud.push('Personer:');
  for (const [i, v] of r.personer.entries()) {
    const p = s.personer[i];
    const dom = v.udeladt ? 'indgår ikke i grundlaget' : v.taeller ? 'tæller med' : 'tæller ikke med';
    const rolle = p.rolle === 'barn' ? 'medfølgende barn' : 'borger';
    ud.push(`  ${p.navn} (${v.id}, ${rolle}): ${dom}`);
    ud.push(`    Regel: ${REGLER[v.regel].titel} – ${regelHref(v.regel)}`);
    for (const e of v.ekstraRegler) ud.push(`    Også: ${REGLER[e].titel} – ${regelHref(e)}`);
  }
  ud.push('');
  ud.push('Resultat:');
  if (!r.gaelder) {
    ud.push(`  Indikator 1.b gælder ikke. ${r.grund ?? ''}`.trimEnd());
  } else {
    ud.push(`  Borgere: ${r.borgere.taeller} af ${r.borgere.grundlag} i gang (${procent(r.borgere.andel)})`);
    if (r.udeladt > 0) ud.push(`  Udeladt af grundlaget (folkepension uden tilbud): ${r.udeladt}`);
    if (r.boern.grundlag > 0) ud.push(`  Medfølgende børn: ${r.boern.taeller} af ${r.boern.grundlag} i dag- eller grundskoletilbud (${procent(r.boern.andel)})`);
    ud.push(`  Samlet: ${r.taeller} af ${r.grundlag} (${procent(r.andel)})`);
    if (r.score === null || r.baand === null) ud.push('  Score: ingen (grundlaget er tomt)');
    else ud.push(`  Foreslået score: ${r.score} – ${r.baand.ord}, ${r.baand.betegnelse}`);
    if (r.ogsaaForsvarligt.length > 0) ud.push(`  Også forsvarligt: ${r.ogsaaForsvarligt.join(', ')}`);
  }
  ud.push('');
  ud.push('Udkast til bedømmelse:');
  for (const linje of udkast.split('\n')) ud.push(linje === '' ? '' : `  ${linje}`);
  return ud.join('\n');
}

function jsonUdskrift(r: Resultat): string {
  return JSON.stringify(
    {
      gaelder: r.gaelder,
      taeller: r.taeller,
      grundlag: r.grundlag,
      udeladt: r.udeladt,
      andel: r.andel,
      score: r.score,
      personer: r.personer.map((p) => ({ id: p.id, taeller: p.taeller, udeladt: p.udeladt, regel: p.regel })),
      borgere: r.borgere,
      boern: r.boern,
    },
    null,
    2,
  );
}

async function koer(argv: string[]): Promise<number> {
  const { fil, json, hjaelp } = laesArgumenter(argv);
  if (hjaelp) {
    process.stdout.write(`${BRUG}\n`);
    return 0;
  }
  // Motoren indlæses først her, så også en fejl i banddata fanges nedenfor (ingen stakspor).
  const m: Motor = await import('../domain/indikator1b/index.ts');
  const data = laesFil(fil);
  const v = m.valider(data, fil);
  if (!v.ok) throw new Brugerfejl(v.fejl);
  const r = m.beregnScenarie(v.scenarie);
  if (json) {
    process.stdout.write(`${jsonUdskrift(r)}\n`);
  } else {
    process.stdout.write(`${tekstUdskrift(m, v.scenarie, r, m.udkastTilBedoemmelse(r, v.scenarie.navn))}\n`);
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
