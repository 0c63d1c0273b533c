/**
 * Content Security Policy: hver side (og søgningen og værktøjerne i brug) åbnes, og browserens
 * CSP-overtrædelser (securitypolicyviolation) registreres. Én overtrædelse er en fejl: så er et
 * script, et stylesheet eller en stil, sitet selv bruger, blokeret for brugeren.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { alleSider, brugBrowser, cspOvertraedelser as overtraedelser, gaaTil, registrerCsp, soeg } from './fixture.ts';

const sider = alleSider();
const browser = brugBrowser();
let kontekst: BrowserContext;

async function nySide(): Promise<Page> {
  return kontekst.newPage();
}

beforeAll(async () => {
  // Én kontekst til alle sider (hurtigere end en ny pr. side); overtrædelser registreres pr. side.
  kontekst = await browser.newContext();
  await registrerCsp(kontekst);
});

describe('Content Security Policy', () => {
  it('siderne har en streng politik: ingen unsafe-inline for scripts, object-src og base-uri låst', async () => {
    const page = await nySide();
    await gaaTil(page, '/');
    const csp = (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toMatch(/https?:/);
    await page.close();
  });

  // Hver side: i `npm test` gør sidetesten (sider.test.ts) det på sin ene tur over alle sider. Mod en
  // rigtig server (TEST_BASE_URL, fx nginx i .ci/run, hvor politikken også kommer som header) gøres det her.
  it.runIf(process.env.TEST_BASE_URL).each(sider)('%s: ingen CSP-overtrædelser', async (sti) => {
    const page = await nySide();
    // Venter også, til øerne er hydreret og har gjort deres første arbejde.
    await gaaTil(page, sti);
    expect(await overtraedelser(page)).toEqual([]);
    await page.close();
  });

  it('søgningen (Pagefind og WebAssembly) virker uden overtrædelser', async () => {
    const page = await nySide();
    await gaaTil(page, '/');
    expect(await (await soeg(page, 'folkepension')).count()).toBeGreaterThan(0);
    expect(await overtraedelser(page)).toEqual([]);
    await page.close();
  });

  it('beregneren og spindelvævet i brug giver ingen overtrædelser', async () => {
    const page = await nySide();
    await gaaTil(page, '/oevelser/beregn-1b/');
    // Beregneren pr. person: tre i job og én uden noget (hurtig optælling pr. gruppe).
    await page.getByRole('radio', { name: /Hurtigt: antal pr. gruppe/ }).check();
    await page.getByLabel('Ordinær beskæftigelse').fill('3');
    await page.getByLabel('Ikke i noget af det og modtager ikke folkepension').fill('1');
    await page.locator('dd.resultat-score').waitFor();
    expect(await overtraedelser(page)).toEqual([]);

    await gaaTil(page, '/kvalitetsmodellen/spindelvaev/');
    await page.locator('#spindelvaev-vaerktoej').waitFor();
    expect(await overtraedelser(page)).toEqual([]);
    await page.close();
  });
});
