import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  REGLER,
  REGEL_IDER,
  beregnScenarie,
  gaelderFor,
  vurderPerson,
  type Scenarie,
} from '../../src/domain/indikator1b/index.ts';
import { valider } from '../../src/schemas/scenarie.ts';
import { axeBeggeTemaer, baseUrl, brugBrowser, fokus, gaaTil, genindlaes, overvaag, tabTil, type SideLog } from './fixture.ts';

const base = baseUrl();
const browser = brugBrowser();

const MAPPE = join(import.meta.dirname, '../../content/scenarier');
const scenarier: Scenarie[] = readdirSync(MAPPE)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const v = valider(JSON.parse(readFileSync(join(MAPPE, f), 'utf8')), f);
    if (!v.ok) throw new Error(v.fejl.join('\n'));
    return v.scenarie;
  });
/** Samme rækkefølge som på siden (sorteret efter navn). */
const sorteret = [...scenarier].sort((a, b) => a.navn.localeCompare(b.navn, 'da'));

/** Venter på, at fokus flyttes til et element, der matcher selektoren (øen flytter fokus efter hvert trin). */
async function ventFokus(page: Page, selektor: string) {
  await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selektor, { timeout: 5000 });
}

/** Vælger radioknap nr. `indeks` i en gruppe med tastaturet: Tab ind, mellemrum, piletaster. */
async function vaelgRadio(page: Page, navn: string, indeks: number) {
  await tabTil(page, (f) => f.tag === 'input' && f.type === 'radio' && f.name === navn, { beskrivelse: `radiogruppen ${navn}`, max: 80 });
  await page.keyboard.press('Space');
  for (let i = 0; i < indeks; i++) await page.keyboard.press('ArrowDown');
}

async function tryk(page: Page, knaptekst: string | RegExp) {
  await tabTil(
    page,
    (f) => f.tag === 'button' && (typeof knaptekst === 'string' ? f.tekst === knaptekst : knaptekst.test(f.tekst)),
    { beskrivelse: `knappen ${knaptekst}`, max: 80 },
  );
  await page.keyboard.press('Enter');
}

function rent(log: SideLog) {
  expect(log.konsolFejl).toEqual([]);
  expect(log.fremmedeForespoergsler).toEqual([]);
}

const VALG_RAEKKEFOELGE = ['taeller', 'ikke', 'udeladt'] as const;

describe('gennemgangen med tastaturet alene', () => {
  it('går et tilbud med medfølgende børn igennem; slutscoren er motorens, og axe finder intet i hver tilstand', async () => {
    const scenarie = sorteret.find((s) => gaelderFor(s.tilbudstype) && s.personer.some((p) => p.rolle === 'barn'))!;
    const indeks = sorteret.indexOf(scenarie);
    const page = await browser.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/oevelser/gennemgang/');
    await page.getByRole('button', { name: 'Start gennemgangen' }).waitFor();
    expect(await axeBeggeTemaer(page)).toEqual([]);

    await vaelgRadio(page, 'gennemgang-tilbud', indeks);
    expect((await fokus(page)).tekst).toBe('');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tryk(page, 'Start gennemgangen');
    await ventFokus(page, '.gennemgang h3');
    expect((await fokus(page)).tekst).toContain('Gælder indikator 1.b?');

    // Trin 1: gælder 1.b? (Ja er første valg)
    await vaelgRadio(page, 'gennemgang-svar-gaelder', 0);
    await tryk(page, 'Svar');
    await ventFokus(page, '.feedback');
    let f = await fokus(page);
    expect(f.klasse).toContain('feedback');
    expect(f.tekst).toContain('Rigtigt.');
    await tryk(page, 'Næste person');

    for (const [i, p] of scenarie.personer.entries()) {
      await ventFokus(page, '.gennemgang h3');
      expect((await fokus(page)).tekst).toBe(p.navn);
      const v = vurderPerson(p, scenarie.tilbudstype);
      const facit = v.udeladt ? 'udeladt' : v.taeller ? 'taeller' : 'ikke';
      await vaelgRadio(page, `gennemgang-svar-${p.id}`, VALG_RAEKKEFOELGE.indexOf(facit));
      await tryk(page, 'Svar');
      await ventFokus(page, '.feedback');
      f = await fokus(page);
      expect(f.klasse).toContain('feedback');
      expect(f.tekst).toContain('Rigtigt.');
      expect(f.tekst).toContain(REGLER[v.regel].titel);
      if (i === 0) expect(await axeBeggeTemaer(page)).toEqual([]);
      await tryk(page, i === scenarie.personer.length - 1 ? 'Se resultatet' : 'Næste person');
    }

    const r = beregnScenarie(scenarie);
    await ventFokus(page, '.gennemgang h3');
    expect((await fokus(page)).tekst).toBe(`Resultat for ${scenarie.navn}`);
    expect((await page.locator('dd.resultat-score').textContent())?.trim()).toBe(String(r.score));
    expect(await page.locator('.kopier-tekst textarea').inputValue()).toContain(`Foreslået score: ${r.score}`);
    expect(await axeBeggeTemaer(page)).toEqual([]);

    // Fremskridtet er gemt; efter genindlæsning kan man fortsætte.
    await genindlaes(page);
    await page.getByRole('button', { name: 'Fortsæt hvor du slap' }).waitFor();
    rent(log);
    await page.close();
  });

  it('et undtaget tilbud: første trin spørger, om 1.b gælder, og resultatet har ingen score', async () => {
    const scenarie = sorteret.find((s) => !gaelderFor(s.tilbudstype))!;
    const page = await browser.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/oevelser/gennemgang/');
    await page.getByRole('button', { name: 'Start gennemgangen' }).waitFor();
    await vaelgRadio(page, 'gennemgang-tilbud', sorteret.indexOf(scenarie));
    await tryk(page, 'Start gennemgangen');
    await ventFokus(page, '.gennemgang h3');
    await vaelgRadio(page, 'gennemgang-svar-gaelder', 1);
    await tryk(page, 'Svar');
    await ventFokus(page, '.feedback');
    expect((await fokus(page)).tekst).toContain(REGLER['gaelder-ikke'].titel);
    await tryk(page, 'Se resultatet');
    expect(await page.locator('.resultat').textContent()).toContain('Indikator 1.b gælder ikke');
    expect(await page.locator('dd.resultat-score').count()).toBe(0);
    rent(log);
    await page.close();
  });
});

describe('quizzen', () => {
  it('giver feedback med link efter et svar med tastaturet', async () => {
    const page = await browser.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/oevelser/quiz/');
    await page.getByRole('button', { name: 'Svar' }).waitFor();
    const navn = await page.locator('.quiz input[type="radio"]').first().getAttribute('name');
    await vaelgRadio(page, navn!, 1);
    await tryk(page, 'Svar');
    await ventFokus(page, '.feedback');
    const f = await fokus(page);
    expect(f.klasse).toContain('feedback');
    expect(f.tekst).toMatch(/Rigtigt\.|Ikke helt\./);
    expect(await page.locator('.feedback a').count()).toBeGreaterThan(0);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    rent(log);
    await page.close();
  });
});

describe('uden JavaScript', () => {
  it('viser eksemplerne med personer og facit, reglerne og tabellen over trinnene', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base + '/oevelser/gennemgang/');
    const tekst = await page.locator('main').innerText();
    for (const s of scenarier) {
      expect(tekst).toContain(s.navn);
      for (const p of s.personer) expect(tekst).toContain(p.beskrivelse);
    }
    expect(await page.locator('.scenarie-oversigt details').count()).toBeGreaterThan(scenarier.length);

    await page.goto(base + '/oevelser/');
    const regler = await page.locator('.regel-liste').innerText();
    for (const id of REGEL_IDER) expect(regler).toContain(REGLER[id].titel);
    expect(await page.locator('.regel-liste .maerke').count()).toBe(REGEL_IDER.filter((id) => REGLER[id].fortolkning).length);

    await page.goto(base + '/oevelser/beregn-1b/');
    expect(await page.locator('#intervaller table tbody tr').count()).toBe(5);
    await ctx.close();
  });
});
