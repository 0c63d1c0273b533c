import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { vurderPerson, type Kategori, type Scenarie, type Udfald } from '../../src/domain/indikator1b/index.ts';
import { kategoriTekst } from '../../src/domain/indikator1b/beregner.ts';
import { KLASSER, bedoemKlasse } from '../../src/domain/oevelser/klassifikation.ts';
import { UDFALD } from '../../src/domain/oevelser/bedoem.ts';
import { FORMAT, VERSION } from '../../src/domain/kalibrering/resultatfil.ts';
import { sammenlign } from '../../src/domain/kalibrering/sammenligning.ts';
import { eksempel, eksempler } from '../eksempeldata.ts';
import { axeBeggeTemaer, baseUrl, brugBrowser, fokus, gaaTil, overvaag, rent, tabTil, ventPaaFokus as ventFokus } from './fixture.ts';

const browser = brugBrowser();
const sorteret = [...eksempler].sort((a, b) => a.data.navn.localeCompare(b.data.navn, 'da'));

/** Vælger radioknap nr. `indeks` i en gruppe med tastaturet: Tab ind, mellemrum, piletaster. */
async function vaelgRadio(page: Page, navn: string, indeks: number) {
  await tabTil(page, (f) => f.tag === 'input' && f.type === 'radio' && f.name === navn, { beskrivelse: `radiogruppen ${navn}`, max: 120 });
  await page.keyboard.press('Space');
  for (let i = 0; i < indeks; i++) await page.keyboard.press('ArrowDown');
}

async function tryk(page: Page, knaptekst: string | RegExp) {
  await tabTil(page, (f) => f.tag === 'button' && (typeof knaptekst === 'string' ? f.tekst === knaptekst : knaptekst.test(f.tekst)), {
    beskrivelse: `knappen ${knaptekst}`,
    max: 120,
  });
  await page.keyboard.press('Enter');
}

/** Skriver i feltet med id'et (fokus flyttes med Tab). */
async function skriv(page: Page, id: string, tekst: string) {
  await tabTil(page, (f) => f.id === id, { beskrivelse: `feltet ${id}`, max: 120 });
  await page.keyboard.insertText(tekst);
}

/** Vælger option nr. `indeks` i en <select> med piletasterne. */
async function vaelgOption(page: Page, id: string, indeks: number) {
  await tabTil(page, (f) => f.id === id, { beskrivelse: `listen ${id}`, max: 120 });
  await page.keyboard.press('Home');
  for (let i = 0; i < indeks; i++) await page.keyboard.press('ArrowDown');
}

describe('gennemgangen med tastaturet alene', () => {
  it('klassificerer ud fra beskrivelsen, godkender en anden læsning som forsvarlig og viser læringsmålet til sidst', async () => {
    const s = eksempel('botilbud-108-solsikken');
    const page = await browser.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/oevelser/gennemgang/');
    await page.getByRole('button', { name: 'Start gennemgangen' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(s.data.laeringsmaal);
    await vaelgRadio(
      page,
      'gennemgang-tilbud',
      sorteret.findIndex((x) => x.id === s.id),
    );
    await tryk(page, 'Start gennemgangen');
    await ventFokus(page, 'h3');
    await vaelgRadio(page, 'gennemgang-svar-gaelder', 0);
    await tryk(page, 'Svar');
    await ventFokus(page, '.feedback');
    await tryk(page, 'Næste person');
    for (const p of s.data.personer) {
      await ventFokus(page, 'h3');
      expect((await fokus(page)).tekst).toBe(p.navn);
      // Kategorien står ikke på skærmen, kun beskrivelsen.
      expect(await page.locator('.person-kort').innerText()).not.toMatch(/Tilbuddets egen aktivitet|Beskyttet beskæftigelse efter/);
      await vaelgRadio(page, `gennemgang-svar-hvad:${p.id}`, KLASSER.indexOf(bedoemKlasse(p, 'intet').rigtige[0]));
      await tryk(page, 'Svar');
      await ventFokus(page, '.feedback');
      expect((await fokus(page)).tekst).toMatch(/^Rigtigt\./);
      await tryk(page, 'Videre');
      await ventFokus(page, 'h3');
      // Ejnar (folkepension) lægges i grundlaget: den anden læsning.
      const svar: Udfald = p.id === 'p1' ? 'taeller-ikke' : vurderPerson(p, s.data.tilbudstype).udfald;
      await vaelgRadio(page, `gennemgang-svar-udfald:${p.id}`, UDFALD.indexOf(svar));
      await tryk(page, 'Svar');
      await ventFokus(page, '.feedback');
      const tekst = (await fokus(page)).tekst;
      if (p.id === 'p1') {
        expect(tekst).toMatch(/^Forsvarligt – med en anden læsning\./);
        expect(tekst).toContain('De indgår i grundlaget');
        expect(await axeBeggeTemaer(page)).toEqual([]);
      } else expect(tekst).toMatch(/^Rigtigt\./);
      await tryk(page, /^(Næste person|Se resultatet)$/);
    }
    await ventFokus(page, 'h3');
    const main = await page.locator('main').innerText();
    const n = 1 + 2 * s.data.personer.length;
    expect(main).toContain(`Du svarede rigtigt på ${n - 1} og forsvarligt på 1 af ${n} spørgsmål.`);
    expect(main).toContain(s.data.laeringsmaal);
    expect(await page.getByRole('link', { name: 'Se facit for alle eksempler' }).getAttribute('href')).toBe(`/oevelser/facit/#eksempel-${s.id}`);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    rent(log);
    await page.close();
  });
});

describe('quizzen', () => {
  it('blander med et frø i adressen, giver feedback efter et svar med tastaturet, og samme link giver samme rækkefølge', async () => {
    const page = await browser.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/oevelser/quiz/');
    await page.getByRole('button', { name: 'Svar' }).waitFor();
    const adresse = page.url();
    expect(adresse).toMatch(/#r=\d+$/);
    const raekkefoelge = async () => [await page.locator('.quiz legend').first().innerText(), ...(await page.locator('.quiz .valg').allInnerTexts())];
    const foerste = await raekkefoelge();
    const navn = await page.locator('.quiz input[type="radio"]').first().getAttribute('name');
    await vaelgRadio(page, navn!, 1);
    await tryk(page, 'Svar');
    await ventFokus(page, '.feedback');
    expect((await fokus(page)).tekst).toMatch(/^(Rigtigt\.|Ikke helt\.|Forsvarligt)/);
    expect(await page.locator('.feedback a').count()).toBeGreaterThan(0);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    const anden = await browser.newPage();
    await gaaTil(anden, adresse);
    await anden.getByRole('button', { name: 'Svar' }).waitFor();
    expect([await anden.locator('.quiz legend').first().innerText(), ...(await anden.locator('.quiz .valg').allInnerTexts())]).toEqual(foerste);
    await anden.close();
    rent(log);
    await page.close();
  });
});

describe('smalle skærme', () => {
  it('gennemgangen, quizzen og kalibreringen ruller ikke vandret ved 320 px og er axe-rene', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const sti of ['/oevelser/gennemgang/', '/oevelser/quiz/', '/oevelser/kalibrering/']) {
      await gaaTil(page, sti);
      if (sti === '/oevelser/kalibrering/') await page.locator('input[value="byg"]').check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), sti).toBeLessThanOrEqual(320);
      expect(await axeBeggeTemaer(page), sti).toEqual([]);
    }
    await page.close();
  });
});

describe('facit', () => {
  it('står på sin egen side uden for søgningen og ikke på gennemgangens side', async () => {
    const facit = readFileSync('dist/oevelser/facit/index.html', 'utf8');
    const gennemgang = readFileSync('dist/oevelser/gennemgang/index.html', 'utf8');
    expect(facit).not.toContain('data-pagefind-body');
    expect(gennemgang).toContain('data-pagefind-body');
    expect(gennemgang).not.toContain('Sitets svar:');
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(baseUrl() + '/oevelser/facit/');
    const tekst = await page.locator('main').innerText();
    for (const s of eksempler) {
      expect(tekst).toContain(s.data.navn);
      for (const p of s.data.personer) expect(tekst).toContain(p.navn);
    }
    expect(tekst).toContain('Med en anden læsning');
    await ctx.close();
    const medJs = await browser.newPage();
    await gaaTil(medJs, '/oevelser/facit/');
    expect(await axeBeggeTemaer(medJs)).toEqual([]);
    await medJs.close();
  });
});

/** Et resultat for et andet tilbud, som filen på disken. */
function skrivFil(mappe: string, navn: string, indhold: string): string {
  const sti = join(mappe, navn);
  writeFileSync(sti, indhold);
  return sti;
}

describe('kalibrering', () => {
  it('en hel session med tastaturet: byg et tilbud, tre deltagere, sammenligning med de forventede uenigheder', async () => {
    const mappe = mkdtempSync(join(tmpdir(), 'kalibrering-'));
    const leder = await browser.newContext({ acceptDownloads: true });
    const page = await leder.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/oevelser/kalibrering/');
    await page.getByRole('button', { name: 'Lav deltagerlinket' }).waitFor();
    await vaelgRadio(page, 'kalibrering-kilde', 1);
    await ventFokus(page, 'input[value="byg"]');
    await skriv(page, 'kalibrering-navn', 'Botilbuddet Prøven');
    const personer = [
      { ini: 'AB', alder: '30', besk: 'AB arbejder som tømrer i et almindeligt job.', kat: ['ordinaer-beskaeftigelse'], pension: '' },
      { ini: 'CD', alder: '72', besk: 'CD får folkepension og er ikke i noget.', kat: [], pension: 'folkepension' },
      { ini: 'EF', alder: '40', besk: 'EF er i botilbuddets eget værksted uden godkendelse.', kat: ['egen-aktivitet'], pension: '' },
      { ini: 'GH', alder: '25', besk: 'GH arbejder i et beskyttet værksted efter § 103.', kat: ['sel-103'], pension: '' },
      { ini: 'IJ', alder: '50', besk: 'IJ får førtidspension og er ikke i noget.', kat: [], pension: 'foertidspension' },
      // Flere ting på én gang: uddannelse og et job ved siden af.
      {
        ini: 'KL',
        alder: '35',
        besk: 'KL læser til sygeplejerske og har et job i weekenden.',
        kat: ['ordinaer-uddannelse', 'ordinaer-beskaeftigelse'],
        pension: '',
      },
    ] satisfies { ini: string; alder: string; besk: string; kat: Kategori[]; pension: string }[];
    for (const [i, p] of personer.entries()) {
      const id = `p${i + 1}`;
      if (i > 0) {
        await tryk(page, 'Tilføj en person');
        await ventFokus(page, `#${id}-initialer`);
        await page.keyboard.insertText(p.ini);
      } else await skriv(page, `${id}-initialer`, p.ini);
      await skriv(page, `${id}-alder`, p.alder);
      if (p.pension) await vaelgOption(page, `${id}-pension`, p.pension === 'folkepension' ? 1 : 2);
      await skriv(page, `${id}-beskrivelse`, p.besk);
      for (const k of p.kat) {
        await tabTil(page, (f) => f.type === 'checkbox' && f.etiket === kategoriTekst('borger', k), { beskrivelse: `feltet ${k}`, max: 40 });
        await page.keyboard.press('Space');
      }
    }
    await tryk(page, 'Lav deltagerlinket');
    await ventFokus(page, '#kalibrering-links');
    expect(await axeBeggeTemaer(page)).toEqual([]);
    const deltagLink = await page.getByLabel('Link til deltagerne').inputValue();
    const sammenlignLink = await page.getByLabel('Link til sammenligningen (til dig)').inputValue();
    expect(deltagLink).toContain('/oevelser/kalibrering/deltag/#t=');

    // Tre deltagere i hver deres browserkontekst.
    const svar: Record<string, Udfald[]> = {
      A: ['taeller', 'udelades', 'taeller-ikke', 'taeller', 'taeller-ikke', 'taeller'],
      B: ['taeller', 'taeller-ikke', 'taeller-ikke', 'taeller', 'udelades', 'taeller'],
      C: ['taeller', 'udelades', 'taeller', 'taeller', 'taeller-ikke', 'taeller'],
    };
    const scorer: Record<string, number> = { A: 3, B: 3, C: 4 };
    const resultatLinks: string[] = [];
    let filC = '';
    for (const alias of Object.keys(svar)) {
      const ctx = await browser.newContext({ acceptDownloads: true });
      const d = await ctx.newPage();
      const dlog = overvaag(d);
      await gaaTil(d, deltagLink);
      await d.getByRole('button', { name: 'Afslut og lav mit resultat' }).waitFor();
      // Deltagerne ser beskrivelserne, ikke kategorierne.
      expect(await d.locator('main').innerText()).not.toMatch(/Tilbuddets egen aktivitet|Ordinær beskæftigelse/);
      await skriv(d, 'deltager-alias', alias);
      for (const [i, u] of svar[alias].entries()) await vaelgRadio(d, `svar-p${i + 1}`, UDFALD.indexOf(u));
      if (alias === 'B') await skriv(d, 'begrundelse-p2', 'Hensynet tages i teksten.');
      await vaelgRadio(d, 'score', scorer[alias] - 1);
      if (alias === 'A') expect(await axeBeggeTemaer(d)).toEqual([]);
      await tryk(d, 'Afslut og lav mit resultat');
      await ventFokus(d, 'h3');
      expect((await fokus(d)).tekst).toBe('Dit resultat');
      if (alias === 'C') {
        const hent = d.waitForEvent('download');
        await tryk(d, 'Hent resultatfilen');
        const fil = await hent;
        filC = join(mappe, fil.suggestedFilename());
        await fil.saveAs(filC);
      } else resultatLinks.push(await d.getByLabel('Resultatlink').inputValue());
      rent(dlog);
      await ctx.close();
    }

    // Lederen åbner sammenligningen og lægger resultaterne ind.
    await gaaTil(page, sammenlignLink);
    await page.getByRole('button', { name: 'Læg linkene ind' }).waitFor();
    await skriv(page, 'kalibrering-links', resultatLinks.join('\n'));
    await tryk(page, 'Læg linkene ind');
    await page.getByText('2 resultater er lagt ind.').waitFor();
    await page.locator('#kalibrering-filer').setInputFiles(filC);
    await page.getByText('3 resultater er lagt ind.').waitFor();

    const tabel = page.getByRole('table', { name: 'Svar pr. person og deltager' });
    expect(await tabel.locator('thead th').allInnerTexts()).toEqual(['Person', 'A', 'B', 'C', 'Enighed']);
    expect(await tabel.locator('tbody tr.uenig th').allInnerTexts()).toEqual(['CD', 'EF', 'IJ']);
    const fil = JSON.parse(readFileSync(filC, 'utf8'));
    // Tilbuddet i linket har personernes kategorier, også begge KL's.
    expect((fil.scenarie as Scenarie).personer.map((p) => p.forloeb.map((f) => f.kategori))).toEqual(personer.map((p) => p.kat));
    const forventet = sammenlign(
      fil.scenarie as Scenarie,
      Object.keys(svar).map((a) => ({ ...fil, deltager: a, svar: Object.fromEntries(svar[a].map((u, i) => [`p${i + 1}`, u])), score: scorer[a] })),
    );
    const kappa = await page.locator('.kappa').innerText();
    expect(kappa).toContain(forventet.fleissKappa!.toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    const uenige = await page.locator('.kalibrering-uenige').innerText();
    expect(uenige).toContain('Forsvarligt med en anden læsning – Indgår borgere på folkepension');
    expect(uenige).toContain('Ingen af sitets læsninger giver dette svar.');
    expect(uenige).toContain('Tilbuddets egne aktiviteter tæller ikke');
    expect(await page.locator('main').innerText()).toContain('Hensynet tages i teksten.');
    expect(await axeBeggeTemaer(page)).toEqual([]);
    // Ved 320 px ruller siden ikke vandret (tabellerne ruller i deres egen ramme).
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // CSV med tastaturet.
    const csv = page.waitForEvent('download');
    await tryk(page, 'Hent som CSV');
    const csvTekst = readFileSync((await (await csv).path())!, 'utf8');
    expect(csvTekst).toContain('Person;A;B;C;Enighed');

    // Et resultat for et andet tilbud og en ændret fil afvises med beskeder, der nævner filen.
    const broen = eksempel('behandling-101-broen').data;
    const fremmed = skrivFil(
      mappe,
      'fremmed.json',
      JSON.stringify({
        format: FORMAT,
        version: VERSION,
        scenarie: broen,
        deltager: 'X',
        svar: Object.fromEntries(broen.personer.map((p) => [p.id, 'taeller'])),
        score: 3,
      }),
    );
    const aendret = skrivFil(
      mappe,
      'aendret.json',
      JSON.stringify({
        ...fil,
        deltager: 'Y',
        scenarie: { ...fil.scenarie, personer: fil.scenarie.personer.map((p: { alder?: number }, i: number) => (i === 0 ? { ...p, alder: 31 } : p)) },
      }),
    );
    const oedelagt = skrivFil(mappe, 'oedelagt.json', '{"format": "tema1-kalib');
    await page.locator('#kalibrering-filer').setInputFiles([fremmed, aendret, oedelagt]);
    const beskeder = page.locator('.kalibrering-beskeder');
    await beskeder.getByText(/fremmed\.json: hører til et andet tilbud/).waitFor();
    expect(await beskeder.innerText()).toMatch(/aendret\.json: hører til en ændret udgave af »Botilbuddet Prøven«/);
    expect(await beskeder.innerText()).toMatch(/oedelagt\.json: kunne ikke læses/);
    expect(await beskeder.innerText()).toContain('3 resultater er lagt ind.');
    rent(log);
    await leder.close();
  });

  it('et ødelagt deltagerlink giver en klar besked', async () => {
    const page = await browser.newPage();
    await gaaTil(page, '/oevelser/kalibrering/deltag/#t=abcdef');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/Linket kunne ikke læses/);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    await page.close();
  });
});
