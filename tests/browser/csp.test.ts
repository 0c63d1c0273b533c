/**
 * Content Security Policy: hver side (og søgningen og værktøjerne i brug) åbnes, og browserens
 * CSP-overtrædelser (securitypolicyviolation) registreres. Én overtrædelse er en fejl: så er et
 * script, et stylesheet eller en stil, sitet selv bruger, blokeret for brugeren.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { alleSider, startBrowser } from './browser.ts';

const base = inject('baseUrl');
const sider = alleSider();
let browser: Browser;
let kontekst: BrowserContext;

interface Overtraedelse {
  direktiv: string;
  blokeret: string;
  kilde: string;
}

/** Registrerer CSP-overtrædelser fra sidens start (også dem fra meta-elementet og fra headeren). */
async function nySide(): Promise<Page> {
  return kontekst.newPage();
}

async function nyKontekst(): Promise<BrowserContext> {
  const k = await browser.newContext();
  await k.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push({ direktiv: e.violatedDirective, blokeret: e.blockedURI, kilde: `${e.sourceFile}:${e.lineNumber} ${e.sample}` }),
    );
  });
  return k;
}

const overtraedelser = (page: Page) => page.evaluate(() => (window as unknown as { __csp: Overtraedelse[] }).__csp);

beforeAll(async () => {
  browser = await startBrowser();
  // Én kontekst til alle sider (hurtigere end en ny pr. side); overtrædelser registreres pr. side.
  kontekst = await nyKontekst();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content Security Policy', () => {
  it('siderne har en streng politik: ingen unsafe-inline for scripts, object-src og base-uri låst', async () => {
    const page = await nySide();
    await page.goto(base + '/', { waitUntil: 'load' });
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

  it.each(sider)('%s: ingen CSP-overtrædelser', async (sti) => {
    const page = await nySide();
    await page.goto(base + sti, { waitUntil: 'load' });
    // Øerne hydreres efter load; giv dem et øjeblik.
    await page.waitForTimeout(150);
    expect(await overtraedelser(page)).toEqual([]);
    await page.close();
  });

  it('søgningen (Pagefind og WebAssembly) virker uden overtrædelser', async () => {
    const page = await nySide();
    await page.goto(base + '/', { waitUntil: 'load' });
    await page.keyboard.press('Control+k');
    const felt = page.locator('#starlight__search .pagefind-ui__search-input');
    await felt.waitFor();
    await felt.fill('folkepension');
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    expect(await overtraedelser(page)).toEqual([]);
    await page.close();
  });

  it('beregneren og spindelvævet i brug giver ingen overtrædelser', async () => {
    const page = await nySide();
    await page.goto(base + '/oevelser/beregn-1b/', { waitUntil: 'load' });
    // Beregneren pr. person: tre i job og én uden noget (hurtig optælling pr. gruppe).
    await page.locator('[data-klar="ja"]').waitFor();
    await page.getByRole('radio', { name: /Hurtigt: antal pr. gruppe/ }).check();
    await page.getByLabel('Ordinær beskæftigelse').fill('3');
    await page.getByLabel('Ikke i noget af det og modtager ikke folkepension').fill('1');
    await page.locator('dd.resultat-score').waitFor();
    expect(await overtraedelser(page)).toEqual([]);

    await page.goto(base + '/kvalitetsmodellen/spindelvaev/', { waitUntil: 'load' });
    await page.locator('.spindelvaev svg, svg').first().waitFor();
    await page.waitForTimeout(300);
    expect(await overtraedelser(page)).toEqual([]);
    await page.close();
  });
});
