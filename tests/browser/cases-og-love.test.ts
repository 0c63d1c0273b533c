/** Casesamlingens filtre og vejen fra vejledningen til en lovpost og tilbage via tilbagelinks. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, baseUrl, brugBrowser, gaaTil, overvaag, tabTil } from './fixture.ts';

const base = baseUrl();
const browser = brugBrowser();

const caseLinks = (page: Page) => page.locator('.case-liste h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('casesamlingen', () => {
  it('viser alle cases uden JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base + '/cases/');
    const links = await caseLinks(page);
    expect(links).toContain('/cases/vive/dalhoffsminde/');
    expect(links).toContain('/cases/brugerundersoegelse/postkort-kim/');
    expect(links.length).toBeGreaterThanOrEqual(10);
    await ctx.close();
  });

  it('filtrerer efter § 110 og efter en metode med tastaturet; antallet meddeles, og axe finder intet', async () => {
    const page = await browser.newPage();
    const log = overvaag(page);
    await gaaTil(page, '/cases/');
    await page.locator('.case-filter form').waitFor();
    const alle = await caseLinks(page);

    await tabTil(page, (f) => f.etiket.includes('Tilbudstype'), { beskrivelse: 'Tilbudstype', max: 80 });
    await page.keyboard.type('Forsorgshjem');
    await page.keyboard.press('Enter');
    // Dalhoffsminde er et § 110-forsorgshjem; Kjeld, Poul og Henning bor på § 94-boformer fra 2005,
    // som sitet læser som dagens forsorgshjem (lovoversigtens gammelt ↔ nyt nummer), og er mærket sådan.
    await expect.poll(() => caseLinks(page)).toContain('/cases/brugerundersoegelse/postkort-kjeld/');
    const forsorgshjem = await caseLinks(page);
    expect(forsorgshjem).toContain('/cases/vive/dalhoffsminde/');
    expect(forsorgshjem).not.toContain('/cases/vive/skibbyhoej/');
    expect(await page.locator('.case-filter [role="status"]').innerText()).toMatch(
      new RegExp(
        `Viser ${forsorgshjem.length} af \\d+ cases\\. ${forsorgshjem.length - 1} af dem har en historisk tilbudstype, som sitet læser som den valgte`,
      ),
    );
    const kjeld = page.locator('.case-liste > li', { has: page.locator('a[href="/cases/brugerundersoegelse/postkort-kjeld/"]') });
    expect(await kjeld.innerText()).toMatch(/§ 94-boform \(2005\)[\s\S]*Sitets læsning: svarer i dag til Forsorgshjem \(§ 110\)/);
    const dalhoffsminde = page.locator('.case-liste > li', { has: page.locator('a[href="/cases/vive/dalhoffsminde/"]') });
    expect(await dalhoffsminde.innerText()).not.toMatch(/Sitets læsning: svarer/);
    expect(new URL(page.url()).searchParams.get('tilbud')).toBe('sel-110');
    expect(await axe(page)).toEqual([]);

    // Metodefamilie med tastaturet: familien står i adressen, og metodelisten viser kun familiens metoder.
    await tabTil(page, (f) => f.etiket.includes('Metodefamilie'), { beskrivelse: 'Metodefamilie', max: 80 });
    await page.keyboard.type('Arbejde');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('metodefamilie')).toBe('arbejde-og-traening');
    const metoder = await page.locator('.case-filter label', { hasText: 'Metode (kildens navn)' }).locator('option').allInnerTexts();
    expect(metoder).toContain('Praktik');
    expect(metoder).not.toContain('Mentor');
    await expect.poll(() => caseLinks(page)).not.toContain('/cases/brugerundersoegelse/postkort-poul/');
    expect(await caseLinks(page)).toContain('/cases/brugerundersoegelse/postkort-kjeld/');
    expect(await axe(page)).toEqual([]);

    // Nulstil og filtrér efter metoden "Mentor" (brugerundersøgelsen).
    await gaaTil(page, '/cases/?metode=Mentor');
    await expect.poll(() => caseLinks(page)).toContain('/cases/brugerundersoegelse/postkort-kim/');
    const mentor = await caseLinks(page);
    expect(mentor.length).toBeLessThan(alle.length);
    expect(mentor).not.toContain('/cases/vive/dalhoffsminde/');
    expect(await axe(page)).toEqual([]);
    expect(log.konsolFejl).toEqual([]);
    await page.close();
  });

  it("potentialet viser, hvilke placeringer der er VIVE's, og hvilke der er sitets læsning", async () => {
    const page = await browser.newPage();
    await gaaTil(page, '/cases/?potentiale=struktur');
    await expect.poll(() => caseLinks(page)).toContain('/cases/vive/dalhoffsminde/');
    const links = await caseLinks(page);
    expect(links).toContain('/cases/brugerundersoegelse/postkort-kjeld/');
    const kort = (href: string) => page.locator('.case-liste > li', { has: page.locator(`a[href="${href}"]`) }).innerText();
    expect(await kort('/cases/vive/dalhoffsminde/')).toMatch(/Struktur i hverdagen \(VIVE placerer casen her\), Koordinering \(sitets læsning\)/);
    expect(await kort('/cases/brugerundersoegelse/postkort-kjeld/')).toMatch(/Struktur i hverdagen \(sitets læsning\)/);
    expect(await page.locator('.case-filter [role="status"]').innerText()).toMatch(/af dem er placeret under potentialet efter sitets læsning, ikke af VIVE/);
    // Uden JavaScript står mærkerne også på kortene.
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const uden = await ctx.newPage();
    await uden.goto(base + '/cases/');
    expect(await uden.locator('.case-liste').innerText()).toMatch(/Koordinering \(sitets læsning\)/);
    await ctx.close();
    await page.close();
  });

  it('et ukendt filter i adressen giver en dansk besked og ignoreres', async () => {
    const page = await browser.newPage();
    await gaaTil(page, '/cases/?tilbud=sel-999&metode=Mentor');
    await expect.poll(() => page.locator('.case-filter [role="alert"]').innerText()).toMatch(/Tilbudstypen »sel-999« i adressen findes ikke/);
    expect(await caseLinks(page)).toContain('/cases/brugerundersoegelse/postkort-kim/');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('en tilgangsside i vejledningen viser de cases, der illustrerer den', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/vejledning/tilgange/meningsfulde-aktiviteter/');
    const liste = page.locator('#cases-der-viser-tilgangen + ul a');
    expect(await liste.count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('lovoversigten', () => {
  it('fra vejledningen om 1.b til § 104-posten og tilbage via tilbagelinks', async () => {
    const page = await browser.newPage();
    await gaaTil(page, '/vejledning/indikator-1b/');
    await page.locator('main a[href="/lovgivning/serviceloven-104/"]').first().click();
    await page.waitForURL('**/lovgivning/serviceloven-104/');
    expect(await page.locator('h1').innerText()).toMatch(/§ 104/);
    const tilbage = page.locator('#sider-der-henviser-hertil + ul a[href="/vejledning/indikator-1b/"]');
    await expect.poll(() => tilbage.count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await tilbage.click();
    await page.waitForURL('**/vejledning/indikator-1b/');
    await page.close();
  });

  it('en historisk post er markeret og peger på det nye nummer som sitets læsning', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/lovgivning/serviceloven-2005-94/');
    const tekst = await page.locator('main').innerText();
    expect(tekst).toMatch(/Historisk nummerering/);
    expect(tekst).toMatch(/sitets læsning/i);
    expect(await page.locator('main a[href="/lovgivning/serviceloven-110/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
