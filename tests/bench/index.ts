/**
 * npm run bench: udskriver tal for hastighed og størrelse. Forudsætter et bygget site i dist/
 * (npm run build). --lighthouse kører Lighthouse; --skala bygger kopier med 1.000 og 5.000 syntetiske sider.
 * --testtid [REF] måler kun `npm test` nu mod versionen REF (se testtid.ts) og intet andet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maalMotor } from './motor.ts';
import { maalKalibrering } from './kalibrering.ts';
import { alleHtml, forhaandslager, gzipBytes, kb, mappeStoerrelse, sidensJs } from './maal.ts';
import { maalSoegning } from './soegning.ts';
import { maalLighthouse } from './lighthouse.ts';
import { maalTesttid } from './testtid.ts';

const testtid = process.argv.indexOf('--testtid');
if (testtid >= 0) {
  const ref = process.argv[testtid + 1] ?? 'c01f44b';
  const r = maalTesttid(ref);
  const s = (x: { sekunder: number; ok: boolean }) => `${x.sekunder.toFixed(0)} s${x.ok ? '' : ' (fejlede)'}`;
  console.log(`npm test på samme maskine: ${r.gammelRef} ${s(r.gammel)}, ${r.nyRef} ${s(r.ny)}; forhold ny/gammel ${r.forhold.toFixed(2)}`);
  process.exit(0);
}

const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ mangler: kør "npm run build" først.');
  process.exit(2);
}

const m = maalMotor();
console.log(
  `Regelmotor (indikator 1.b), ${m.antal} personer: median ${m.median.toFixed(1)} ms pr. beregning inkl. andre læsninger og udkast (min ${m.min.toFixed(1)} ms, 30 kørsler); alle ${m.kombinationer} kombinationer af læsninger × 2 tilbudstyper: ${m.alleMs.toFixed(0)} ms i alt, ${(m.alleMs / m.kombinationer).toFixed(1)} ms pr. kombination`,
);

const k = await maalKalibrering();
console.log(
  `Kalibrering, ${k.personer} personer og ${k.deltagere} deltagere: deltagerlink ${k.deltagerLink} tegn, resultatlink ${k.resultatLink} tegn; kontrol og sammenligning median ${k.median.toFixed(1)} ms`,
);

const sider = mappeStoerrelse(dist);
console.log(`dist/: ${kb(sider.bytes)} i ${sider.filer} filer; Pagefind-indeks: ${kb(mappeStoerrelse(join(dist, 'pagefind')).bytes)}`);

const SIDER = [
  ['Indholdsside (vejledningen om 1.b)', 'vejledning/indikator-1b'],
  ['Forside', ''],
  ['Gennemgang af 1.b', 'oevelser/gennemgang'],
  ['Beregn 1.b', 'oevelser/beregn-1b'],
  ['Quiz', 'oevelser/quiz'],
  ['Hvilke indikatorer gælder', 'kvalitetsmodellen/hvilke-indikatorer-gaelder'],
  ['Spindelvæv', 'kvalitetsmodellen/spindelvaev'],
  ['Casesamlingen', 'cases'],
] as const;
for (const [navn, side] of SIDER) {
  if (!existsSync(join(dist, side, 'index.html'))) continue;
  const { egne, alle } = sidensJs(dist, side);
  const sum = (l: string[]) => l.reduce((s, u) => s + gzipBytes(join(dist, u)), 0);
  console.log(`${navn}: sidens egne øer ${kb(sum(egne))} gzip (${egne.length} filer); al JS på siden ${kb(sum(alle))} gzip`);
}
const html = readFileSync(join(dist, 'vejledning/indikator-1b/index.html'), 'utf8');
const htmlGzip = alleHtml(dist)
  .map((f) => gzipBytes(f))
  .sort((a, b) => a - b);
console.log(
  `HTML pr. side (gzip), ${htmlGzip.length} sider: median ${kb(htmlGzip[Math.floor(htmlGzip.length / 2)])}, største ${kb(htmlGzip[htmlGzip.length - 1])}`,
);
const lager = forhaandslager(dist);
if (lager) console.log(`Service workerens forhåndslager: ${kb(lager.bytes)} i ${lager.filer} filer (hentes én gang, i baggrunden)`);
console.log(`Indholdsside: ${(html.match(/astro-island/g) ?? []).length} øer, ${kb(gzipBytes(join(dist, 'vejledning/indikator-1b/index.html')))} HTML gzip`);

if (process.argv.includes('--lighthouse')) {
  const hvor = process.env.LIGHTHOUSE_URL ? ` (${process.env.LIGHTHOUSE_URL})` : '';
  for (const r of await maalLighthouse()) console.log(`Lighthouse ${r.sti}${hvor}: ${JSON.stringify(r.scorer)}`);
}

if (process.argv.includes('--skala')) {
  for (const n of [0, 1000, 5000]) {
    const s = await maalSoegning(n);
    console.log(
      `Skala +${s.antal} sider (${s.sider} HTML-sider): bygning ${s.byggetid.toFixed(1)} s, dist ${kb(s.dist)}, Pagefind ${kb(s.pagefind)} (${s.pagefindFiler} filer), API: forvarmning ${s.indlaesning.toFixed(0)} ms, derefter første søgning ${s.ms.toFixed(0)} ms (${kb(s.bytes)}), næste søgning ${s.naesteMs.toFixed(0)} ms; i søgefeltet: første resultat efter ${s.uiMs.toFixed(0)} ms (${kb(s.uiBytes)} hentet)`,
    );
  }
}
