import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SOEGNING, axe, baseUrl, brugBrowser, gaaTil, soeg as soegPaaSitet, stier, ventPaaNyeResultater } from './fixture.ts';

const browser = brugBrowser();

/** Går til forsiden, åbner søgningen med tastaturet (Ctrl+K), søger og giver resultaternes links. */
async function soeg(page: Page, forespoergsel: string) {
  await gaaTil(page, '/');
  return soegPaaSitet(page, forespoergsel);
}

/** Vælger et filter og venter på de nye resultater. */
const medFilter = (page: Page, handling: () => Promise<void>) => ventPaaNyeResultater(page, handling);

describe('søgning', () => {
  it('"folkepension" finder siden om indikator 1.b', async () => {
    const page = await browser.newPage();
    const links = await soeg(page, 'folkepension');
    expect(await stier(links)).toContain('/vejledning/indikator-1b/');
    await page.close();
  });

  it('uddrag viser ikke den skjulte tekst "Sektion kaldt"', async () => {
    const page = await browser.newPage();
    await soeg(page, 'folkepension');
    const tekst = await page.locator(SOEGNING).innerText();
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
    const links = await soeg(page, 'forsorgshjem');
    const filtre = page.locator(`${SOEGNING} .pagefind-ui__filter-panel`);
    await filtre.locator('summary', { hasText: 'Indholdstype' }).click();
    await medFilter(page, () => filtre.getByLabel(/^Lovgivning/).check());
    const hrefs = await stier(links);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/lovgivning\//);
    await page.close();
  });

  it('filtret Tilbudstype = forsorgshjem finder Dalhoffsminde-casen', async () => {
    const page = await browser.newPage();
    const links = await soeg(page, 'værksteder');
    const filtre = page.locator(`${SOEGNING} .pagefind-ui__filter-panel`);
    await filtre.locator('summary', { hasText: 'Tilbudstype' }).click();
    await medFilter(page, () => filtre.getByLabel(/^Forsorgshjem \(§ 110\)(?! \(sitets)/).check());
    const hrefs = await stier(links);
    expect(hrefs).toContain('/cases/vive/dalhoffsminde/');
    expect(hrefs).not.toContain('/cases/vive/skibbyhoej/');
    expect(await axe(page)).toEqual([]);
    // Historiske § 94-boformer har dagens type som en mærket filterværdi: sitets læsning.
    await medFilter(page, () => filtre.getByLabel(/^Forsorgshjem \(§ 110\)(?! \(sitets)/).uncheck());
    await medFilter(page, () => filtre.getByLabel(/^Forsorgshjem \(§ 110\) \(sitets læsning\)/).check());
    expect(await stier(links)).toContain('/cases/brugerundersoegelse/postkort-henning/');
    await page.close();
  });

  it('søgefeltet kommer frem efter Ctrl K lige efter indlæsningen, også når browseren aldrig er ledig', async () => {
    // Uden frist venter Starlights søgefelt på en ledig stund, som Chromium her udskød i mere end 15 s.
    // Med CPU'en sat seks gange ned skete det i 27 af 45 besøg; tre besøg gør det til en sikker fejl.
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    for (let besoeg = 1; besoeg <= 3; besoeg++) {
      // Brugeren trykker Ctrl K, så snart siden står der (DOMContentLoaded), før browseren har været ledig.
      await page.goto(`${baseUrl()}/`, { waitUntil: 'domcontentloaded' });
      await page.keyboard.press('Control+k');
      await page.locator(`${SOEGNING} .pagefind-ui__search-input`).waitFor({ timeout: 10_000 });
    }
    await page.close();
  });

  it('søgefeltet omskriver søgeord: "paragraf 103" finder § 103, og begreber er hver sit delresultat uden bogstaver', async () => {
    const page = await browser.newPage();
    const links = await soeg(page, 'paragraf 103');
    expect((await stier(links))[0]).toBe('/lovgivning/serviceloven-103/');
    // Brugeren ser sin egen søgning i resultatlinjen, ikke den omskrevne.
    expect(await page.locator(`${SOEGNING} .pagefind-ui__message`).innerText()).toMatch(/paragraf 103/);
    await soeg(page, 'dusørjob');
    const under = page.locator(`${SOEGNING} .pagefind-ui__result-nested .pagefind-ui__result-link`);
    const delresultater = await under.evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).getAttribute('href'), tekst: a.textContent?.trim() })),
    );
    expect(delresultater.map((d) => d.href)).toContain('/begreber/#dusoerjob');
    for (const d of delresultater) expect(d.tekst, 'et navigationsbogstav som delresultat').not.toMatch(/^[A-ZÆØÅ]$/);
    await page.close();
  });
});
