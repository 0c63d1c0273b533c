/**
 * Røgtest af en udgivelse: sitet bygget med SITE_URL og BASE_PATH og serveret af nginx med
 * deploy/nginx.conf (startet af .ci/run). Kører kun, når TEST_BASE_URL peger på sådan en server;
 * ellers springes den over.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { alleSider, gaaTil, soeg, startBrowser, personRaekke } from './fixture.ts';
import { CSP_HEADER } from '../../src/integrations/csp.ts';

const aktiv = Boolean(process.env.TEST_BASE_URL && process.env.SITE_URL && process.env.BASE_PATH);
const base = aktiv ? inject('baseUrl') : '';
const SITE = process.env.SITE_URL ?? '';
const STI = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
let browser: Browser;

const hent = (sti: string, hoveder: Record<string, string> = {}) => fetch(base + sti, { headers: hoveder, redirect: 'manual' });

describe.runIf(aktiv)(`udgivelse under ${STI} bag nginx`, () => {
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('forsiden: 200, sikkerhedsheadere, CSP-header som i csp.ts, kort cache, gzip', async () => {
    const svar = await hent('/', { 'Accept-Encoding': 'gzip' });
    expect(svar.status).toBe(200);
    expect(svar.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(svar.headers.get('x-content-type-options')).toBe('nosniff');
    expect(svar.headers.get('referrer-policy')).toBe('no-referrer');
    expect(svar.headers.get('cache-control')).toBe('no-cache');
    expect(svar.headers.get('content-encoding')).toBe('gzip');
    const html = await svar.text();
    expect(html).toContain(`<link rel="canonical" href="${SITE}${STI}/"`);
    expect(html).toContain('http-equiv="content-security-policy"');
  });

  it('hashede filer caches længe og komprimeres; Pagefinds filer har deres typer', async () => {
    const html = await (await hent('/')).text();
    const js = /src="([^"]*\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(js?.startsWith(`${STI}/_astro/`)).toBe(true);
    const svar = await fetch(new URL(js!, base).href, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(svar.status).toBe(200);
    expect(svar.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(svar.headers.get('content-type')).toMatch(/javascript/);
    expect(svar.headers.get('content-encoding')).toBe('gzip');

    const wasm = await hent('/pagefind/wasm.da.pagefind');
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
    // Allerede komprimeret: sendes som den er, og kan pakkes ud af Pagefind.
    expect(wasm.headers.get('content-encoding')).toBeNull();
    const bytes = Buffer.from(await wasm.arrayBuffer());
    expect(() => gunzipSync(bytes)).not.toThrow();
    expect((await hent('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await hent('/sw.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it('en side, der ikke findes, giver 404 med sitets 404-side og samme headere', async () => {
    const svar = await hent('/findes-ikke/');
    expect(svar.status).toBe(404);
    expect(svar.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(await svar.text()).toContain('<html lang="da"');
  });

  it('robots.txt og sitemap bruger SITE_URL og understien', async () => {
    const robots = await (await hent('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${SITE}${STI}/sitemap-index.xml`);
    const indeks = await (await hent('/sitemap-index.xml')).text();
    const kort = /<loc>([^<]+)<\/loc>/.exec(indeks)?.[1] ?? '';
    expect(kort.startsWith(`${SITE}${STI}/`)).toBe(true);
    const sider = await (await fetch(kort.replace(SITE, new URL(base).origin))).text();
    expect(sider).toContain(`<loc>${SITE}${STI}/vejledning/indikator-1b/</loc>`);
    expect(sider).not.toContain('localhost');
  });

  it('alle links og filer i de byggede sider ligger under understien', () => {
    const forkerte: string[] = [];
    for (const sti of alleSider()) {
      const html = readFileSync(`dist${sti}index.html`, 'utf8');
      for (const [, v] of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!v.startsWith('//') && !v.startsWith(`${STI}/`)) forkerte.push(`${sti}: ${v}`);
      }
      if (html.includes('localhost')) forkerte.push(`${sti}: localhost`);
    }
    expect(forkerte).toEqual([]);
  });

  it('søgningen, beregneren og et værktøjslink med tilstand virker', async () => {
    const page = await browser.newPage();
    await gaaTil(page, '/');
    const link = (await soeg(page, 'folkepension')).first();
    const href = await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(href.startsWith(`${STI}/`)).toBe(true);

    await gaaTil(page, '/oevelser/beregn-1b/');
    // Beregneren pr. person: tre i job og én uden noget (hurtig optælling pr. gruppe).
    await page.getByRole('radio', { name: /Hurtigt: antal pr. gruppe/ }).check();
    await page.getByLabel('Ordinær beskæftigelse').fill('3');
    await page.getByLabel('Ikke i noget af det og modtager ikke folkepension').fill('1');
    await page.locator('dd.resultat-score').waitFor();
    // Reglernes links fra øen har understien.
    await page.getByRole('radio', { name: /Person for person/ }).check();
    await page.locator('#p1-initialer').fill('AB');
    await personRaekke(page, 'p1').getByLabel('Ordinær beskæftigelse').check();
    await page.locator('.person-vurdering a').first().waitFor();
    const regelLinks = await page.locator('.beregner a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(regelLinks.length).toBeGreaterThan(0);
    for (const h of regelLinks) expect(h?.startsWith(`${STI}/`)).toBe(true);

    const svar = await gaaTil(page, '/kvalitetsmodellen/hvilke-indikatorer-gaelder/?tilbud=sel-108');
    expect(svar?.status()).toBe(200);
    await page.close();
  });
});
