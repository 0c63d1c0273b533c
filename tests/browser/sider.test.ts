import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alleSider, axe, brugBrowser, cspOvertraedelser, forudindlaesAxe, gaaTil, overvaag, registrerCsp, type SideLog } from './fixture.ts';
import temaer from '../../content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import { laesBegreber, laesBestemmelser } from '../../src/data/laes.ts';
import { genereredeRuter } from '../../src/integrations/ruter.ts';

const sider = alleSider();
const browser = brugBrowser();

describe('alle byggede sider', () => {
  it('der er bygget sider', () => {
    expect(sider.length).toBeGreaterThan(10);
    expect(sider).toContain('/');
    expect(sider).toContain('/vejledning/indikator-1b/');
  });

  it('hver side, som data giver (temaer, lovposter, begreber), er bygget', () => {
    // Byggede sitet uden lovposternes sider, blev det ikke opdaget: ingen side linkede til en manglende side.
    const ruter = genereredeRuter({ temaer, bestemmelser: laesBestemmelser(), begreber: laesBegreber() });
    const forventet = Object.values(ruter).flatMap((r) => r.sider.map((s) => s.sti));
    expect(forventet.length).toBeGreaterThan(20);
    expect(forventet.filter((s) => !sider.includes(s))).toEqual([]);
  });

  // Én fane går alle sider igennem med axe og CSP-registrering lagt ind på forhånd: en ny fane og axe
  // sendt ind i hver side for sig tog over dobbelt så lang tid. Loggen tømmes før hver side.
  let page: Page;
  let log: SideLog;
  beforeAll(async () => {
    const kontekst = await browser.newContext();
    await forudindlaesAxe(kontekst);
    await registrerCsp(kontekst);
    page = await kontekst.newPage();
    log = overvaag(page);
  });

  it.each(sider)('%s: én h1, lang="da", ingen konsolfejl eller CSP-overtrædelser, kun lokale forespørgsler, ingen axe-fund', async (sti) => {
    log.konsolFejl.length = 0;
    log.fremmedeForespoergsler.length = 0;
    const svar = await gaaTil(page, sti);
    expect(svar?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await page.locator('h1').count()).toBe(1);
    const fund = await axe(page);
    expect(fund, JSON.stringify(fund, null, 2)).toEqual([]);
    expect(log.konsolFejl).toEqual([]);
    expect(log.fremmedeForespoergsler).toEqual([]);
    expect(await cspOvertraedelser(page)).toEqual([]);
  });
});

describe('smal skærm (320 px, WCAG 1.4.10 reflow)', () => {
  const udvalgte = [
    '/',
    '/vejledning/indikator-1b/',
    '/oevelser/gennemgang/',
    '/oevelser/beregn-1b/',
    '/kvalitetsmodellen/spindelvaev/',
    '/cases/',
    '/lovgivning/visitationskategorier/',
    '/begreber/',
  ];
  it.each(udvalgte)('%s: ingen vandret rulning af siden og ingen axe-fund', async (sti) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await gaaTil(page, sti);
    const bredde = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(bredde).toBeLessThanOrEqual(320);
    const fund = await axe(page);
    expect(fund, JSON.stringify(fund, null, 2)).toEqual([]);
    await page.close();
  });
});
