/**
 * På en telefon (375 px, og 320 px for titlen): sitetitlen er hel, spindelvævets etiketter kan læses og
 * nævner temaets navn, søgefiltrene skubber ikke resultaterne ned under skærmen, og forsiden viser de
 * fire hovedhandlinger. Skærmbilleder gemmes i test-results/skaermbilleder/ til at se efter.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SOEGNING, brugBrowser, gaaTil, soeg } from './fixture.ts';

const MAPPE = 'test-results/skaermbilleder';
const browser = brugBrowser();

beforeAll(() => {
  mkdirSync(MAPPE, { recursive: true });
});

const telefon = (bredde = 375) => browser.newPage({ viewport: { width: bredde, height: 667 }, deviceScaleFactor: 1 });
const billede = (page: Page, navn: string) => page.screenshot({ path: `${MAPPE}/${navn}.png` });

describe('smal skærm', () => {
  it.each([320, 375])('sitetitlen er hel ved %i px', async (bredde) => {
    const page = await telefon(bredde);
    await gaaTil(page, '/vejledning/');
    const titel = page.locator('.site-title span');
    const { skjult, hoejre } = await titel.evaluate((el) => ({
      skjult: el.scrollWidth > el.clientWidth + 1,
      hoejre: el.getBoundingClientRect().right,
    }));
    expect(skjult).toBe(false);
    expect(hoejre).toBeLessThanOrEqual(bredde);
    expect(await titel.textContent()).toContain('Uddannelse og beskæftigelse');
    await billede(page, `titel-${bredde}`);
    await page.close();
  });

  it('spindelvævets etiketter nævner temaets navn og vises i mindst 11 px', async () => {
    const page = await telefon();
    await gaaTil(page, '/kvalitetsmodellen/spindelvaev/');
    await page.getByRole('button', { name: 'Indlæs eksempelprofil' }).click();
    const figur = page.locator('svg.vt-spindel');
    await figur.waitFor();
    await figur.scrollIntoViewIfNeeded();
    const etiketter = await figur.locator('.vt-etiketter text').evaluateAll((ts) =>
      ts.map((t) => {
        const el = t as SVGTextElement;
        const skala = el.getScreenCTM()?.a ?? 1;
        return { tekst: el.textContent ?? '', px: parseFloat(getComputedStyle(el).fontSize) * skala };
      }),
    );
    expect(etiketter).toHaveLength(7);
    // tspan-linjerne står uden mellemrum i textContent.
    expect(etiketter[0].tekst).toMatch(/^1\. Uddannelse og ?beskæftigelse/);
    expect(etiketter.map((e) => e.tekst).join(' ')).toMatch(/Fysiske ?rammer/);
    for (const e of etiketter) expect(e.px).toBeGreaterThanOrEqual(11);
    // Etiketterne holder sig inden for figuren.
    const ud = await figur.evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.vt-etiketter text')].filter((t) => {
        const b = t.getBoundingClientRect();
        return b.left < r.left - 1 || b.right > r.right + 1;
      }).length;
    });
    expect(ud).toBe(0);
    await billede(page, 'spindelvaev-375');
    await page.close();
  });

  it('søgefiltrene skubber ikke det første resultat ned under skærmen', async () => {
    const page = await telefon();
    await gaaTil(page, '/');
    // Med søgeknappen, som på en telefon.
    await soeg(page, 'forsorgshjem', { med: 'knap' });
    const resultat = page.locator(`${SOEGNING} .pagefind-ui__result`).first();
    await page.locator(`${SOEGNING} .pagefind-ui__filter-block`).first().waitFor();
    const top = await resultat.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(667 / 2);
    await billede(page, 'soegning-375');
    await page.close();
  });

  it('forsiden viser de fire ting, man kan gøre, og sidefoden linker til tilgængelighedserklæringen', async () => {
    const page = await telefon();
    await gaaTil(page, '/');
    const kort = await page.locator('.card-grid a').allTextContents();
    expect(kort.map((k) => k.trim())).toEqual([
      expect.stringContaining('Læse vejledningen'),
      expect.stringContaining('Øve dig i at score indikator 1.b'),
      expect.stringContaining('Bruge kvalitetsmodellens værktøjer'),
      expect.stringContaining('Slå lovgrundlaget op'),
    ]);
    const link = page.getByRole('link', { name: 'Tilgængelighedserklæring' });
    expect(await link.getAttribute('href')).toMatch(/\/tilgaengelighedserklaering\/$/);
    await billede(page, 'forside-375');
    await page.setViewportSize({ width: 1280, height: 800 });
    await billede(page, 'forside-1280');
    await page.close();
  });
});
