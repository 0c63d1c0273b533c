/**
 * Kvalitetsmodellens værktøjer i en rigtig browser: kun tastatur (Tab, piletaster, Enter, mellemrum),
 * tilstand i URL'en overlever en genindlæsning, danske beskeder ved en dårlig URL, ingen axe-fund i
 * hver tilstand (lyst og mørkt tema), og undtagelsestabellen uden JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aabnSide, axeBeggeTemaer, baseUrl, brugBrowser, gaaTil, genindlaes, overvaag, tabTil, type SideLog } from './fixture.ts';

const base = baseUrl();
const VAELGER = '/kvalitetsmodellen/hvilke-indikatorer-gaelder/';
const SPINDEL = '/kvalitetsmodellen/spindelvaev/';
const browser = brugBrowser();

/** Trykker pil ned i den fokuserede liste, indtil den har værdien. */
async function pilTil(page: Page, vaerdi: string, max = 30) {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === vaerdi) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Listen fik ikke værdien ${vaerdi}`);
}

const fokusErSynligt = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  });

async function ingenAxeFund(page: Page, hvor: string) {
  const fund = await axeBeggeTemaer(page);
  expect(fund, `${hvor}: ${JSON.stringify(fund, null, 2)}`).toEqual([]);
}

const aabn = (sti: string, klar: string): Promise<{ page: Page; log: SideLog }> => aabnSide(browser, sti, klar);

const status = (page: Page) => page.locator('.vt-vaerktoej [aria-live="polite"]').innerText();

describe('Hvilke indikatorer gælder?', () => {
  it('vælg tilbud med tastaturet, del via URL, genindlæs, og ingen axe-fund', async () => {
    const { page, log } = await aabn(VAELGER, '#indikator-vaelger');
    await ingenAxeFund(page, 'start');

    await tabTil(page, '#iv-tilbud');
    expect(await fokusErSynligt(page)).toBe(true);
    await pilTil(page, 'sel-110');
    // Hvert trin gennem listen tegner siden og skriver adressen bagefter; krisecentret lige før har også
    // indikatorer, der ikke gælder, så der ventes på adressen for det valgte tilbud.
    await page.waitForFunction(() => location.search === '?tilbud=sel-110');
    await page.locator('li.vt-gaelder-ikke').first().waitFor();
    expect(new URL(page.url()).search).toBe('?tilbud=sel-110');
    expect(await status(page)).toMatch(/24 af 32 indikatorer gælder/);
    const ikke = await page.locator('li.vt-gaelder-ikke > p:first-child > strong').allInnerTexts();
    expect(ikke).toEqual([
      'Indikator 1.d',
      'Indikator 1.e',
      'Indikator 2.f',
      'Indikator 3.c',
      'Indikator 6.a',
      'Indikator 6.b',
      'Indikator 8.c',
      'Indikator 14.c',
    ]);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('iv-bestyrelse');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '?tilbud=sel-110&bestyrelse=ja');
    expect(await page.locator('li.vt-gaelder-ikke').count()).toBe(7);
    await ingenAxeFund(page, 'valgt');

    await genindlaes(page);
    await page.locator('#indikator-vaelger').waitFor();
    expect(await page.locator('#iv-tilbud').inputValue()).toBe('sel-110');
    expect(await page.locator('#iv-bestyrelse').isChecked()).toBe(true);
    expect(await page.locator('li.vt-gaelder-ikke').count()).toBe(7);
    expect(log.konsolFejl).toEqual([]);
    expect(log.fremmedeForespoergsler).toEqual([]);
    await page.close();
  });

  it('en dårlig URL giver en dansk besked og ingen axe-fund', async () => {
    const { page, log } = await aabn(`${VAELGER}?tilbud=sel-999`, '#indikator-vaelger');
    expect(await status(page)).toContain('Tilbudstypen »sel-999« findes ikke');
    expect(await page.locator('#iv-tilbud').inputValue()).toBe('');
    await ingenAxeFund(page, 'fejl');
    expect(log.konsolFejl).toEqual([]);
    await page.close();
  });

  it('uden JavaScript viser siden undtagelsestabellerne og en henvisning til dem', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base + VAELGER);
    const tabeller = page.locator('.vt-undtagelser table');
    expect(await tabeller.count()).toBe(2);
    expect(await tabeller.nth(0).locator('caption').innerText()).toMatch(/Indikatorer, der ikke gælder for alle tilbud/);
    expect(await tabeller.nth(0).locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect(await tabeller.nth(0).innerText()).toContain('Forsorgshjem efter servicelovens § 110');
    expect(await tabeller.nth(1).locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    const henvisning = page.locator('.vt-kraever-js a');
    expect(await henvisning.getAttribute('href')).toBe('#alle-undtagelser-i-kvalitetsmodellen');
    expect(await page.locator('#alle-undtagelser-i-kvalitetsmodellen').count()).toBe(1);
    await ctx.close();
  });
});

describe('Spindelvæv', () => {
  it('tastatur: tilbud, scorer, eksempelprofil og godkendelse; URL og lager; ingen axe-fund', async () => {
    const { page, log } = await aabn(SPINDEL, '#spindelvaev-vaerktoej');
    await page.evaluate(() => localStorage.clear());
    await ingenAxeFund(page, 'start');

    await tabTil(page, '#sv-tilbud');
    expect(await fokusErSynligt(page)).toBe(true);
    await pilTil(page, 'sel-107');
    await page.locator('#sv-i-1-a').waitFor();
    await tabTil(page, '#sv-i-1-a');
    await pilTil(page, '4');
    await page.keyboard.press('Tab');
    await pilTil(page, '3');
    await page.waitForFunction(() => location.search === '?tilbud=sel-107&s=1.a:4,1.b:3');
    const raekke = page.locator('table:has(caption:text-is("Gennemsnit pr. tema")) tbody tr').first();
    expect(await raekke.innerText()).toMatch(/Tema 1: Uddannelse og beskæftigelse\s+3,5/);
    expect(await status(page)).toMatch(/Tema 1: 3,5/);
    expect(await page.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBe('sv-figurtekst');
    await ingenAxeFund(page, 'med scorer');

    // Genindlæsning beholder tilstanden (URL), og uden URL hentes den fra lageret.
    await genindlaes(page);
    await page.locator('#sv-i-1-a').waitFor();
    expect(await page.locator('#sv-i-1-a').inputValue()).toBe('4');
    await gaaTil(page, SPINDEL);
    await page.locator('#sv-i-1-b').waitFor();
    expect(await page.locator('#sv-i-1-b').inputValue()).toBe('3');

    // Eksempelprofilen med Enter.
    await tabTil(page, '.vt-knapper button:first-child');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tilbud') === 'sel-108');
    expect(await status(page)).toMatch(/Eksempelprofilen er indlæst/);
    expect(await page.getByText(/Der mangler score for 2 indikatorer/).count()).toBe(1);

    // Godkendelse med piletast i radiogruppen.
    await tabTil(page, '#sv-drift', { baglaens: true });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.search.includes('tilstand=godkendelse'));
    expect(await page.locator('svg[role="img"]').count()).toBe(0);
    const godk = page.locator('table:has(caption:text-is("Bedømmelser pr. tema ved godkendelse"))');
    expect(await godk.locator('tbody tr').count()).toBe(7);
    await ingenAxeFund(page, 'godkendelse');

    // Nulstil med mellemrum.
    await tabTil(page, '.vt-knapper button:last-child');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '');
    expect(await page.evaluate(() => localStorage.getItem('tema1.spindelvaev.v1'))).toBeNull();
    expect(log.konsolFejl).toEqual([]);
    expect(log.fremmedeForespoergsler).toEqual([]);
    await page.close();
  });

  it('en dårlig URL giver danske beskeder, og værdierne tæller ikke med', async () => {
    const { page, log } = await aabn(`${SPINDEL}?tilbud=sel-110&s=1.a:4,1.b:7,3.c:2,x.y:1`, '#spindelvaev-vaerktoej');
    const t = await status(page);
    expect(t).toContain('Scoren for 1.b er »7«; den skal være et helt tal fra 1 til 5. Værdien er ignoreret.');
    expect(t).toMatch(/Indikator 3\.c gælder ikke for/);
    expect(t).toContain('»x.y« er ikke en indikator');
    expect(new URL(page.url()).search).toBe('?tilbud=sel-110&s=1.a:4');
    await ingenAxeFund(page, 'fejl');
    expect(log.konsolFejl).toEqual([]);
    await page.close();
  });

  it('ødelagte data i lageret giver en besked, ikke et nedbrud', async () => {
    const page = await browser.newPage();
    const log = overvaag(page);
    // Øen gemmer sin egen tilstand lige efter hydrering; gaaTil venter på det, så de ødelagte data skrives bagefter.
    await gaaTil(page, SPINDEL);
    await page.evaluate(() => localStorage.setItem('tema1.spindelvaev.v1', '{ødelagt'));
    await genindlaes(page);
    expect(await status(page)).toMatch(/De gemte data i browseren kunne ikke læses/);
    expect(log.konsolFejl).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('uden JavaScript siger siden, at værktøjet kræver JavaScript, og peger på forklaringen', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base + SPINDEL);
    expect(await page.locator('.vt-kraever-js').innerText()).toMatch(/kræver JavaScript/);
    expect(await page.locator('.vt-kraever-js a').getAttribute('href')).toBe('#hvordan-regnes-gennemsnittet');
    expect(await page.locator('#hvordan-regnes-gennemsnittet').count()).toBe(1);
    await ctx.close();
  });
});
