/**
 * Uden net efter første besøg: service workeren har gemt sitet, så en anden side, søgningen og
 * beregneren virker, når browseren er offline.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startBrowser } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline efter første besøg', () => {
  it('en anden side, søgningen, beregneren og et værktøjslink med tilstand virker uden net', async () => {
    const kontekst = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await kontekst.newPage();
    await page.goto(base + '/', { waitUntil: 'load' });
    // ready afgøres, når service workeren er installeret, dvs. når hele forhåndslageret er hentet.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(new URL(base + '/').href);

    await kontekst.setOffline(true);

    await page.goto(base + '/vejledning/indikator-1b/', { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toMatch(/1\.b/);

    // Søgeknappens script skal være kørt (custom element defineret), før genvejen virker; ellers
    // åbnes søgningen med knappen.
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.keyboard.press('Control+k');
    const felt = page.locator('#starlight__search .pagefind-ui__search-input');
    if (!(await felt.isVisible())) {
      await page.waitForTimeout(500);
      if (!(await felt.isVisible())) await page.locator('button[data-open-modal]').first().click();
    }
    await felt.waitFor();
    await felt.fill('folkepension');
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator('#starlight__search .pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.some((h) => h.endsWith('/vejledning/indikator-1b/'))).toBe(true);

    await page.goto(base + '/oevelser/beregn-1b/', { waitUntil: 'load' });
    // Beregneren pr. person: tre i job og én uden noget (hurtig optælling pr. gruppe).
    await page.locator('[data-klar="ja"]').waitFor();
    await page.getByRole('radio', { name: /Hurtigt: antal pr. gruppe/ }).check();
    await page.getByLabel('Ordinær beskæftigelse').fill('3');
    await page.getByLabel('Ikke i noget af det og modtager ikke folkepension').fill('1');
    await page.locator('dd.resultat-score').waitFor();
    expect((await page.locator('dd.resultat-score').textContent())?.trim()).toMatch(/^[1-5]$/);

    const svar = await page.goto(base + '/kvalitetsmodellen/hvilke-indikatorer-gaelder/?tilbud=sel-108', { waitUntil: 'load' });
    expect(svar?.ok()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);

    await kontekst.close();
  });
});
