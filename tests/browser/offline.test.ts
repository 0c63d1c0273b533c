/**
 * Uden net efter første besøg: service workeren har gemt sitet, så en anden side, søgningen og
 * beregneren virker, når browseren er offline.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, brugBrowser, gaaTil, soeg, stier } from './fixture.ts';

const browser = brugBrowser();

describe('offline efter første besøg', () => {
  it('en anden side, søgningen, beregneren og et værktøjslink med tilstand virker uden net', async () => {
    const kontekst = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await kontekst.newPage();
    await gaaTil(page, '/');
    // ready afgøres, når service workeren er installeret, dvs. når hele forhåndslageret er hentet.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(new URL(baseUrl() + '/').href);

    await kontekst.setOffline(true);

    await gaaTil(page, '/vejledning/indikator-1b/');
    expect(await page.locator('h1').textContent()).toMatch(/1\.b/);

    const hrefs = await stier(await soeg(page, 'folkepension'));
    expect(hrefs.some((h) => h.endsWith('/vejledning/indikator-1b/'))).toBe(true);

    await gaaTil(page, '/oevelser/beregn-1b/');
    // Beregneren pr. person: tre i job og én uden noget (hurtig optælling pr. gruppe).
    await page.getByRole('radio', { name: /Hurtigt: antal pr. gruppe/ }).check();
    await page.getByLabel('Ordinær beskæftigelse').fill('3');
    await page.getByLabel('Ikke i noget af det og modtager ikke folkepension').fill('1');
    await page.locator('dd.resultat-score').waitFor();
    expect((await page.locator('dd.resultat-score').textContent())?.trim()).toMatch(/^[1-5]$/);

    const svar = await gaaTil(page, '/kvalitetsmodellen/hvilke-indikatorer-gaelder/?tilbud=sel-108');
    expect(svar?.ok()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);

    await kontekst.close();
  });
});
