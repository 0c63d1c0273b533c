/**
 * Benchmark for skalering: bygger en kladdekopi af sitet med 1.000 og 5.000 ekstra syntetiske danske
 * sider og måler byggetid, dist-størrelse, Pagefind-indeksets størrelse, bytes hentet ved den første
 * søgning og dens svartid i Chromium, efter forvarmning ved hensigt. Kør: node tests/bench/soegning.ts [antal …]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bygKladdekopi, fjernKladdekopi, lavKladdekopi } from '../kladdekopi.ts';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { laesSider } from '../../src/plugins/lovhenvisninger-i-kilde.ts';
import { mappeStoerrelse, kb } from './maal.ts';

/** Deterministisk pseudotilfældighed, så to kørsler bygger de samme sider. */
function prng(frø: number) {
  let s = frø >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function saetninger(): string[] {
  return laesSider()
    .flatMap((s) => s.krop.split('\n'))
    .filter((l) => /^[A-ZÆØÅ][^|:#<>{}[\]]{40,}[.]$/.test(l.trim()))
    .flatMap((l) => l.split(/(?<=\.)\s+/))
    .filter((l) => l.length > 30);
}

export function genererSider(dir: string, antal: number) {
  const tekst = saetninger();
  const r = prng(antal);
  const vaelg = () => tekst[Math.floor(r() * tekst.length)];
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < antal; i++) {
    const afsnit = Array.from(
      { length: 4 },
      (_, j) => `## Afsnit ${j + 1}: ${vaelg().slice(0, 40).replace(/[.,]$/, '')}\n\n${Array.from({ length: 5 }, vaelg).join(' ')}\n`,
    );
    writeFileSync(
      join(dir, `side-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: "Syntetisk side ${i}"\ndescription: "Genereret til benchmark."\nindholdstype: om\nkilder:\n  - dokument: vejledning\n    afsnit: "Benchmark"\npagefind: true\n---\n\n${afsnit.join('\n')}`,
    );
  }
}

async function foersteSoegning(dist: string, forespoergsel: string) {
  const port = 4397;
  const server = await preview({ root: join(dist, '..'), server: { port, host: '127.0.0.1' }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('response', async (res) => {
      if (res.url().includes('/pagefind/')) bytes += (await res.body().catch(() => Buffer.alloc(0))).length;
    });
    // Som streng, så import() ikke omskrives. Måler forvarmningen (pagefind.js, WebAssembly, metadata og
    // filtre, som sitet henter ved hensigt, se src/scripts/soeg-forvarmning.ts) og den første søgning
    // bagefter (indeksdele + data for de fem første resultater) hver for sig.
    const [indlaesning, ms, naesteMs] = (await page.evaluate(`(async () => {
      const t0 = performance.now();
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ baseUrl: '/' });
      await pf.init();
      await pf.filters();
      await pf.search('tema');
      const t1 = performance.now();
      const res = await pf.search(${JSON.stringify(forespoergsel)});
      await Promise.all(res.results.slice(0, 5).map((x) => x.data()));
      const t2 = performance.now();
      const res2 = await pf.search('folkepension');
      await Promise.all(res2.results.slice(0, 5).map((x) => x.data()));
      return [t1 - t0, t2 - t1, performance.now() - t2];
    })()`)) as [number, number, number];
    await page.waitForTimeout(300);

    // Som brugeren oplever det: Starlight indlæser søgningen, når siden er i ro; derefter åbnes
    // søgefeltet med Ctrl+K, og der måles fra forespørgslen skrives, til det første resultat vises.
    const ui = await browser.newPage();
    await ui.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    await ui.waitForTimeout(500);
    let uiBytes = 0;
    ui.on('response', async (res) => {
      if (res.url().includes('/pagefind/')) uiBytes += (await res.body().catch(() => Buffer.alloc(0))).length;
    });
    // Hensigt: musen over søgeknappen (forvarmer), så et klik og en kort pause, som når man begynder at skrive.
    await ui.hover('button[data-open-modal]');
    await ui.waitForTimeout(400);
    await ui.click('button[data-open-modal]');
    const felt = ui.locator('#starlight__search input').first();
    await felt.waitFor();
    const t0 = performance.now();
    await felt.fill(forespoergsel);
    await ui.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
    const uiMs = performance.now() - t0;
    await ui.waitForTimeout(300);
    return { indlaesning, ms, naesteMs, bytes, uiMs, uiBytes };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function maalSoegning(antal: number) {
  const kopi = lavKladdekopi('.bench-');
  try {
    if (antal > 0) genererSider(join(kopi, 'content/docs/bench'), antal);
    const t0 = performance.now();
    const r = bygKladdekopi(kopi);
    const byggetid = (performance.now() - t0) / 1000;
    if (r.kode !== 0) throw new Error(`bygning fejlede:\n${r.ud.slice(-2000)}`);
    const dist = join(kopi, 'dist');
    const sider = Number(/Found (\d+) HTML files/.exec(r.ud)?.[1] ?? NaN);
    const distSt = mappeStoerrelse(dist);
    const pf = mappeStoerrelse(join(dist, 'pagefind'));
    const soeg = await foersteSoegning(dist, 'beskæftigelse');
    return { antal, sider, byggetid, dist: distSt.bytes, pagefind: pf.bytes, pagefindFiler: pf.filer, ...soeg };
  } finally {
    fjernKladdekopi(kopi);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const antal = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n));
  for (const n of antal.length ? antal : [0, 1000, 5000]) {
    const m = await maalSoegning(n);
    console.log(
      `+${m.antal} sider (${m.sider} HTML-sider i alt): bygning ${m.byggetid.toFixed(1)} s, dist ${kb(m.dist)}, Pagefind ${kb(m.pagefind)} i ${m.pagefindFiler} filer, API: forvarmning ${m.indlaesning.toFixed(0)} ms, derefter første søgning ${m.ms.toFixed(0)} ms (${kb(m.bytes)}), næste søgning ${m.naesteMs.toFixed(0)} ms; i søgefeltet: første resultat efter ${m.uiMs.toFixed(0)} ms (${kb(m.uiBytes)} hentet)`,
    );
  }
}
