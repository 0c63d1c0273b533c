/**
 * Beskeden om en ny version: når sitet er udgivet igen, mens en læser har det åbent (og gemt til brug
 * uden net), siger sidefoden, at der er en ny version, og knappen "Hent den nye version" tager den i brug.
 * Testen udgiver selv en ny version: den kører sitet fra en kopi af dist/, hvor service workeren ændres
 * efter første besøg, som når en ny bygning lægges op.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'astro';
import { axe, brugBrowser, gaaTil, tabTil } from './fixture.ts';

const browser = brugBrowser();
let mappe: string;
let server: Awaited<ReturnType<typeof preview>>;
let adresse: string;

beforeAll(async () => {
  mappe = mkdtempSync(join(tmpdir(), 'ny-version-'));
  cpSync('dist', mappe, { recursive: true });
  server = await preview({
    root: process.cwd(),
    outDir: mappe,
    server: { port: Number(process.env.TEST_PORT ?? 4399) + 1, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  adresse = `http://127.0.0.1:${server.port}${base}`;
});

afterAll(async () => {
  await server?.stop();
  if (mappe) rmSync(mappe, { recursive: true, force: true });
});

describe('ny version af sitet', () => {
  it('sidefoden siger det, knappen henter den med tastaturet, og bagefter er beskeden væk', async () => {
    const kontekst = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await kontekst.newPage();
    const besked = page.locator('[data-ny-version]');

    // Første besøg: sitet gemmes. Andet besøg: siden styres af den gemte version, og der er intet nyt.
    await gaaTil(page, `${adresse}/`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await gaaTil(page, `${adresse}/vejledning/`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await besked.isHidden()).toBe(true);

    // En ny version lægges op: service workerens fil er ændret.
    const sw = join(mappe, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// ny version\n`);

    await gaaTil(page, `${adresse}/vejledning/`);
    await besked.waitFor({ state: 'visible', timeout: 30_000 });
    const status = page.getByRole('status').filter({ hasText: 'Der er en ny version af sitet.' });
    expect(await status.count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    // Beskeden ligger over siden: højre spaltes kant, der går lodret gennem den ved 1280 px, dækker den ikke.
    const overst = await page.evaluate(() => {
      const boks = document.querySelector('[data-ny-version]')!.getBoundingClientRect();
      const spalte = document.querySelector('.right-sidebar')?.getBoundingClientRect();
      if (!spalte || spalte.left <= boks.left || spalte.left >= boks.right) return 'højre spalte går ikke gennem beskeden';
      const el = document.elementFromPoint(spalte.left, boks.top + boks.height / 2);
      return el?.closest('[data-ny-version]') ? 'beskeden' : `${el?.tagName}.${el?.className}`;
    });
    expect(overst).toBe('beskeden');

    // Med tastaturet: Shift+Tab fra sidens start (knappen står sidst) og Enter. Siden genindlæses med den nye version.
    const knap = await tabTil(page, '[data-ny-version-knap]', { baglaens: true, beskrivelse: 'knappen "Hent den nye version"' });
    expect(knap.tekst).toBe('Hent den nye version');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await besked.isHidden()).toBe(true);
    const venter = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(venter).toBeNull();

    await kontekst.close();
  });
});
