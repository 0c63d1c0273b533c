import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, brugBrowser, gaaTil } from './fixture.ts';

const browser = brugBrowser();

/** Åbner søgningen med tastaturet (Ctrl+K), skriver forespørgslen og returnerer resultaternes links. */
async function soeg(page: Page, forespoergsel: string) {
  await gaaTil(page, '/');
  // Søgeknappens script skal være kørt, før genvejen virker.
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.keyboard.press('Control+k');
  const felt = page.locator('#starlight__search .pagefind-ui__search-input');
  await felt.waitFor();
  await felt.fill(forespoergsel);
  const resultat = page.locator('#starlight__search .pagefind-ui__result-link');
  // Pagefind UI viser pladsholdere (href "/"), mens resultaterne hentes; vent på de rigtige links.
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLAnchorElement>('#starlight__search .pagefind-ui__result-link')].some((a) => new URL(a.href).pathname !== '/'),
    undefined,
    { timeout: 15_000 },
  );
  return resultat;
}

describe('søgning', () => {
  it('"folkepension" finder siden om indikator 1.b', async () => {
    const page = await browser.newPage();
    const links = await soeg(page, 'folkepension');
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain('/vejledning/indikator-1b/');
    await page.close();
  });

  it('uddrag viser ikke den skjulte tekst "Sektion kaldt"', async () => {
    const page = await browser.newPage();
    await soeg(page, 'folkepension');
    const tekst = await page.locator('#starlight__search').innerText();
    expect(tekst).not.toMatch(/Sektion kaldt/);
    await page.close();
  });

  it('søgedialogen har ingen axe-fund med resultater åbne', async () => {
    const page = await browser.newPage();
    await soeg(page, 'beskyttet beskæftigelse');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('filtret Indholdstype = Lovgivning viser kun lovposter og lovsider', async () => {
    const page = await browser.newPage();
    await soeg(page, 'forsorgshjem');
    const filtre = page.locator('#starlight__search .pagefind-ui__filter-panel');
    await filtre.locator('summary', { hasText: 'Indholdstype' }).click();
    await filtre.getByLabel(/^Lovgivning/).check();
    await page.waitForTimeout(800);
    const hrefs = await page
      .locator('#starlight__search .pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/lovgivning\//);
    await page.close();
  });

  it('filtret Tilbudstype = forsorgshjem finder Dalhoffsminde-casen', async () => {
    const page = await browser.newPage();
    await soeg(page, 'værksteder');
    const filtre = page.locator('#starlight__search .pagefind-ui__filter-panel');
    await filtre.locator('summary', { hasText: 'Tilbudstype' }).click();
    await filtre.getByLabel(/^Forsorgshjem \(§ 110\)(?! \(sitets)/).check();
    await page.waitForTimeout(800);
    const links = () =>
      page.locator('#starlight__search .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const hrefs = await links();
    expect(hrefs).toContain('/cases/vive/dalhoffsminde/');
    expect(hrefs).not.toContain('/cases/vive/skibbyhoej/');
    expect(await axe(page)).toEqual([]);
    // Historiske § 94-boformer har dagens type som en mærket filterværdi: sitets læsning.
    await filtre.getByLabel(/^Forsorgshjem \(§ 110\)(?! \(sitets)/).uncheck();
    await filtre.getByLabel(/^Forsorgshjem \(§ 110\) \(sitets læsning\)/).check();
    await expect.poll(links).toContain('/cases/brugerundersoegelse/postkort-henning/');
    await page.close();
  });

  it('søgefeltet omskriver søgeord: "paragraf 103" finder § 103, og begreber er hver sit delresultat uden bogstaver', async () => {
    const page = await browser.newPage();
    const links = await soeg(page, 'paragraf 103');
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs[0]).toBe('/lovgivning/serviceloven-103/');
    // Brugeren ser sin egen søgning i resultatlinjen, ikke den omskrevne.
    await expect.poll(() => page.locator('#starlight__search .pagefind-ui__message').innerText()).toMatch(/paragraf 103/);
    await soeg(page, 'dusørjob');
    const under = page.locator('#starlight__search .pagefind-ui__result-nested .pagefind-ui__result-link');
    const delresultater = await under.evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).getAttribute('href'), tekst: a.textContent?.trim() })),
    );
    expect(delresultater.map((d) => d.href)).toContain('/begreber/#dusoerjob');
    for (const d of delresultater) expect(d.tekst, 'et navigationsbogstav som delresultat').not.toMatch(/^[A-ZÆØÅ]$/);
    await page.close();
  });
});
