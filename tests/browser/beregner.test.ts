/**
 * Beregneren for indikator 1.b, prøvet som en tilsynskonsulent ville: et tilbud på 12 personer bygges
 * med tastaturet alene, siden genindlæses, linket deles til en ny browser, scenariefilen gemmes og
 * hentes igen – og resultatet og udkastet er det samme hver gang og det samme som motorens. axe i
 * begge temaer ved 375 og 1280 px. Dårligt input giver danske beskeder og ingen score.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { REGLER, STANDARD_LAESNINGER, alternativer, beregn, medLaesninger, udkastTilBedoemmelse, type Person } from '../../src/domain/indikator1b/index.ts';
import { valider } from '../../src/schemas/scenarie.ts';
import { aabnSide, axeBeggeTemaer, brugBrowser, fokus, gaaTil, genindlaes, overvaag, rent, tabTil, type Fokus, personRaekke } from './fixture.ts';

const SIDE = '/oevelser/beregn-1b/';
const browser = brugBrowser();

/** Tab til det første element, der opfylder betingelsen (beregneren har mange felter: op til 600 tryk). */
const tabTilFokus = (page: Page, betingelse: (f: Fokus) => boolean, beskrivelse: string) => tabTil(page, betingelse, { beskrivelse, max: 600 });
const tilFelt = (page: Page, id: string) => tabTilFokus(page, (f) => f.id === id, `feltet ${id}`);
const tilKnap = (page: Page, tekst: string) => tabTilFokus(page, (f) => f.tag === 'button' && f.tekst.startsWith(tekst), `knappen ${tekst}`);

/**
 * Vælger i en <select> med tastaturet ved at skrive begyndelsen af valgets tekst (kun til første
 * mellemrum: et mellemrum åbner listen i Chromium).
 */
async function vaelg(page: Page, id: string, begyndelse: string) {
  await tilFelt(page, id);
  // Kun ASCII-tegn: andre tegn sendes som indsat tekst, som en <select> ikke tager imod.
  await page.keyboard.type(/^[A-Za-z]+/.exec(begyndelse)?.[0] ?? begyndelse);
}

interface Plan {
  ini: string;
  rolle: 'borger' | 'barn';
  alder: number;
  pension?: 'Folkepension';
  i: string[];
  hjemmel?: string;
  fravaer?: string;
  kanIkkeVende?: boolean;
}

/** Tolv personer på et krisecenter med de svære tilfælde: fravær med og uden plads, pension, egen aktivitet, en ung i gymnasiet. */
const PLAN: Plan[] = [
  { ini: 'AA', rolle: 'borger', alder: 34, i: ['Ordinær beskæftigelse'], fravaer: 'På orlov' },
  { ini: 'BB', rolle: 'borger', alder: 28, i: ['Ordinær uddannelse'] },
  { ini: 'CC', rolle: 'borger', alder: 41, i: ['Ordinær beskæftigelse'], fravaer: 'Midlertidigt', kanIkkeVende: true },
  { ini: 'DD', rolle: 'borger', alder: 25, i: [] },
  { ini: 'EE', rolle: 'borger', alder: 52, i: ['Tilbuddets egne aktiviteter'] },
  { ini: 'FF', rolle: 'borger', alder: 68, pension: 'Folkepension', i: [] },
  { ini: 'GG', rolle: 'borger', alder: 45, i: ['Andet særligt tilbud'], hjemmel: 'lov om et særligt tilbud § 1' },
  { ini: 'HH', rolle: 'borger', alder: 30, i: ['Samværs- og aktivitetstilbud'] },
  { ini: 'II', rolle: 'barn', alder: 9, i: ['Grundskole'] },
  { ini: 'JJ', rolle: 'barn', alder: 2, i: [] },
  { ini: 'KK', rolle: 'barn', alder: 17, i: ['Ungdomsuddannelse'] },
  { ini: 'LL', rolle: 'barn', alder: 5, i: ['Passes eller undervises'] },
];

/** Det samme tilbud som scenarie, skrevet uafhængigt af siden, til motorens facit. */
function planSomPersoner(): Person[] {
  const kat: Record<string, Person['forloeb'][number]['kategori']> = {
    'Ordinær beskæftigelse': 'ordinaer-beskaeftigelse',
    'Ordinær uddannelse': 'ordinaer-uddannelse',
    'Tilbuddets egne aktiviteter': 'egen-aktivitet',
    'Andet særligt tilbud': 'andet-saerligt-tilbud',
    'Samværs- og aktivitetstilbud': 'sel-104',
    Grundskole: 'grundskole',
    Ungdomsuddannelse: 'ordinaer-uddannelse',
    'Passes eller undervises': 'egen-aktivitet',
  };
  const fravaer: Record<string, 'orlov' | 'midlertidigt'> = { 'På orlov': 'orlov', Midlertidigt: 'midlertidigt' };
  return PLAN.map((p, i) => ({
    id: `p${i + 1}`,
    navn: p.ini,
    rolle: p.rolle,
    alder: p.alder,
    ...(p.pension ? { pension: 'folkepension' as const } : {}),
    forloeb: p.i.map((x) => ({
      kategori: kat[x],
      ...(p.hjemmel ? { hjemmel: p.hjemmel } : {}),
      ...(p.fravaer && kat[x] !== 'egen-aktivitet' ? { fravaer: fravaer[p.fravaer], ...(p.kanIkkeVende ? { kanVendeTilbage: false } : {}) } : {}),
    })),
  }));
}

const NAVN = 'Krisecentret Testby';
const TYPE = 'sel-109';

function facit() {
  const enheder = planSomPersoner().map((person) => ({ person, antal: 1 }));
  const r = beregn(enheder, TYPE, STANDARD_LAESNINGER);
  const alt = alternativer(enheder, TYPE, STANDARD_LAESNINGER, r);
  return { r, alt, udkast: udkastTilBedoemmelse(r, alt, NAVN) };
}

const aabn = (ctx: BrowserContext, sti = SIDE) => aabnSide(ctx, sti);

async function aflaes(page: Page) {
  await page
    .locator('dd.resultat-score')
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(
        `Ingen score. Beskeder: ${await page.locator('.beregner .fejl').allInnerTexts()} | ${await page.locator('.beregner .fejl li').allInnerTexts()}`,
      );
    });
  return {
    score: (await page.locator('dd.resultat-score').textContent())?.trim(),
    udkast: await page.locator('.kopier-tekst textarea').inputValue(),
  };
}

describe('beregneren pr. person', () => {
  it('bygger et tilbud på 12 personer med tastaturet; genindlæst, delt som link, gemt og hentet som fil giver samme resultat og udkast', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const { page, log } = await aabn(ctx);
    expect(await page.getByText(/Skriv kun initialer – aldrig navne eller CPR-numre/).count()).toBe(1);

    await tilFelt(page, 'tilbud-navn');
    await page.keyboard.type(NAVN);
    await vaelg(page, 'tilbudstype', 'Krisecenter');
    expect(await page.locator('#tilbudstype').inputValue()).toBe(TYPE);

    for (const [i, p] of PLAN.entries()) {
      const id = `p${i + 1}`;
      if (i > 0) {
        await tilKnap(page, 'Tilføj person');
        await page.keyboard.press('Enter');
        // Fokus flyttes til den nye persons initialer.
        await page
          .waitForFunction((x) => document.activeElement?.id === `${x}-initialer`, id, { timeout: 5000 })
          .catch(async (e) => {
            throw new Error(`${id}: fokus står på ${JSON.stringify(await fokus(page))}, ${await page.locator('.person-raekke').count()} rækker: ${e}`);
          });
      } else {
        await tilFelt(page, `${id}-initialer`);
      }
      await page.keyboard.type(p.ini);
      if (p.rolle === 'barn') await vaelg(page, `${id}-rolle`, 'Medf');
      await tilFelt(page, `${id}-alder`);
      await page.keyboard.type(String(p.alder));
      if (p.pension) await vaelg(page, `${id}-pension`, p.pension);
      for (const x of p.i) {
        await tabTilFokus(page, (f) => f.type === 'checkbox' && f.etiket.startsWith(x), `afkrydsningen ${x}`);
        await page.keyboard.press('Space');
      }
      if (p.hjemmel) {
        await tilFelt(page, `${id}-hjemmel`);
        await page.keyboard.type(p.hjemmel);
      }
      if (p.fravaer) {
        await vaelg(page, `${id}-fravaer`, p.fravaer);
        if (p.kanIkkeVende) {
          await tabTilFokus(page, (f) => f.type === 'checkbox' && f.etiket.startsWith('Pladsen venter'), 'pladsen venter');
          await page.keyboard.press('Space');
        }
      }
    }
    // Antal i alt står før listen; skriv det forkerte antal først og se beskeden.
    await page.locator('#i-alt').focus();
    await page.keyboard.type('13');
    await page
      .getByText(/Antal i alt er 13, men listen rummer 12/)
      .first()
      .waitFor();
    expect(await page.locator('dd.resultat-score').count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('12');

    const f = facit();
    const foer = await aflaes(page);
    expect(foer.score).toBe(String(f.r.score));
    expect(foer.udkast).toBe(f.udkast);
    expect(foer.udkast).toContain(NAVN);
    // Ved hver person: reglen, der afgør svaret, og de andre regler i spil (fx et job på orlov), som motoren giver dem.
    expect(f.r.personer.some((v) => v.ekstraRegler.length > 0)).toBe(true);
    for (const v of f.r.personer) {
      const vurdering = personRaekke(page, v.id).locator('.person-vurdering');
      expect(await vurdering.locator('> p a').allInnerTexts(), v.id).toEqual([REGLER[v.regel].titel]);
      expect(await vurdering.locator('.ogsaa-liste a').allInnerTexts(), v.id).toEqual(v.ekstraRegler.map((r) => REGLER[r].titel));
    }
    // Scoren under den anden læsning af grænserne står ved resultatet.
    for (const a of f.alt) expect(await page.locator('.alternativer').innerText()).toContain(`Score ${a.score}`);
    expect(f.alt.length).toBeGreaterThan(0);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeBeggeTemaer(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Genindlæs: tilstanden er gemt i browseren.
    await genindlaes(page);
    expect(await aflaes(page)).toEqual(foer);

    // Del linket: åbnes i en helt ny browser (ingen gemt tilstand) med samme resultat.
    await tilKnap(page, 'Kopiér link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#b='));
    const link = page.url();
    expect(new URL(link).search).toBe('');
    const ny = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const delt = await aabn(ny, new URL(link).pathname + new URL(link).hash);
    expect(await aflaes(delt.page)).toEqual(foer);
    expect(await delt.page.locator('#p1-initialer').inputValue()).toBe('AA');
    rent(delt.log);
    await ny.close();

    // Gem som fil, og hent filen i en ny browser.
    await tilKnap(page, 'Gem som fil');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const sti = await download.path();
    const fil = JSON.parse(readFileSync(sti, 'utf8'));
    const v = valider(fil, download.suggestedFilename());
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.scenarie.personer).toHaveLength(12);
      expect(v.scenarie.navn).toBe(NAVN);
    }
    const tredje = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const hentet = await aabn(tredje);
    await hentet.page.locator('#importer-fil').setInputFiles(sti);
    await hentet.page.getByText(/Filen er hentet: 12 personer/).waitFor();
    const efter = await aflaes(hentet.page);
    expect(efter).toEqual(foer);
    rent(hentet.log);
    await tredje.close();

    rent(log);
    await ctx.close();
  });

  it('skifter læsning fra resultatet, og scoren og udkastet følger med', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, log } = await aabn(ctx);
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Tilføj person' }).click();
    for (const id of ['p1', 'p2']) {
      await page.locator(`#${id}-initialer`).fill(id === 'p1' ? 'AB' : 'CD');
      await personRaekke(page, id).getByLabel('Ordinær beskæftigelse').check();
    }
    await page.locator('#p3-pension').selectOption('folkepension');
    // Folkepensionisten uden tilbud er udeladt: 2 af 2 → 5.
    expect((await aflaes(page)).score).toBe('5');
    // Med den anden læsning indgår hun: 2 af 3 (67 %) → 4.
    await page.getByRole('radio', { name: /De indgår i grundlaget/ }).check();
    expect((await aflaes(page)).score).toBe('4');
    await personRaekke(page, 'p2').getByLabel('Ordinær beskæftigelse').uncheck();
    // 1 af 3 (33 %) → 2; udeladt pensionist ville give 1 af 2 → 3.
    expect((await aflaes(page)).score).toBe('2');
    const alt = page.locator('.alternativer');
    expect(await alt.innerText()).toContain('Score 3');
    await alt.getByRole('button', { name: /Brug denne læsning.*De udelades af grundlaget/ }).click();
    const r = await aflaes(page);
    expect(r.score).toBe('3');
    const enheder = [
      { person: { id: 'a', navn: 'AB', rolle: 'borger' as const, forloeb: [{ kategori: 'ordinaer-beskaeftigelse' as const }] }, antal: 1 },
      { person: { id: 'b', navn: 'CD', rolle: 'borger' as const, forloeb: [] }, antal: 1 },
      { person: { id: 'c', navn: 'P3', rolle: 'borger' as const, pension: 'folkepension' as const, forloeb: [] }, antal: 1 },
    ];
    const l = medLaesninger({ folkepension: 'udelades' });
    const fr = beregn(enheder, 'sel-108', l);
    expect(r.udkast).toBe(udkastTilBedoemmelse(fr, alternativer(enheder, 'sel-108', l, fr)));
    rent(log);
    await ctx.close();
  });

  it('dårligt input giver danske beskeder, der nævner feltet, og ingen score', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, log } = await aabn(ctx);
    await page.locator('#p1-initialer').fill('Anders Bo');
    await page.locator('#p1-alder').fill('2,5');
    const fejl = page.locator('.fejl[role="alert"]');
    await fejl.getByText(/Person 1 \(Anders Bo\): skriv kun initialer/).waitFor();
    await fejl.getByText(/alder: skal være et helt antal/).waitFor();
    // Felter med fejl får den tykke røde ramme, også tekstfelterne.
    for (const felt of ['#p1-initialer', '#p1-alder']) expect(await page.locator(felt).evaluate((e) => getComputedStyle(e).borderTopWidth), felt).toBe('2px');
    expect(await page.locator('dd.resultat-score').count()).toBe(0);
    await page.locator('#p1-initialer').fill('0101901234');
    await fejl.getByText(/ingen tal eller CPR-numre/).waitFor();

    await page.getByRole('radio', { name: /Hurtigt: antal pr. gruppe/ }).check();
    await page.getByLabel('Ordinær beskæftigelse').fill('1e5');
    await fejl.getByText(/Ordinær beskæftigelse: skal være et helt tal skrevet med cifre/).waitFor();
    await page.getByLabel('Ordinær beskæftigelse').fill('10001');
    await fejl.getByText(/højst 10\.000 personer/).waitFor();
    await page.getByLabel('Ordinær beskæftigelse').fill('199');
    await page.getByLabel('Ikke i noget af det og modtager ikke folkepension').fill('1');
    const r = await aflaes(page);
    expect(await page.locator('.resultat-noegletal').innerText()).toContain('199 af 200 (99,5 %)');
    expect(r.score).toBe('4');
    expect(await axeBeggeTemaer(page)).toEqual([]);

    // En fil, der ikke er et scenarie, afvises med filens navn.
    await page.locator('#importer-fil').setInputFiles({
      name: 'forkert.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"navn": "X", "tilbudstype": "sel-108", "personer": [{"id": "a", "navn": "A", "rolle": "borger", "forloeb": [{"kategori": "andet-saerligt-tilbud"}]}]}',
      ),
    });
    await page.getByText(/forkert\.json: person 1, forløb 1, lovgrundlag: mangler lovgrundlag/).waitFor();
    await page.locator('#importer-fil').setInputFiles({ name: 'ikke-json.json', mimeType: 'application/json', buffer: Buffer.from('{ikke json') });
    await page.getByText(/ikke-json\.json: filen er ikke en gyldig scenariefil/).waitFor();
    rent(log);
    await ctx.close();
  });

  it('en ødelagt gemt tilstand og et afkortet link giver en besked og en brugbar beregner', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const log = overvaag(page);
    // gaaTil venter, til øen har gemt sin tomme tilstand; de ødelagte data skrives oven i.
    await gaaTil(page, SIDE);
    await page.evaluate(() => localStorage.setItem('tema1-beregner', '{"version": 1, "personer": "ødelagt'));
    await genindlaes(page);
    await page.getByText(/Den gemte beregning i browseren kunne ikke læses/).waitFor();
    await page.close();
    // Et link åbnes i en ny fane (samme browser, så den gemte tilstand er der stadig).
    const fane = await ctx.newPage();
    const log2 = overvaag(fane);
    await gaaTil(fane, SIDE + '#b=ikke-et-gyldigt-link');
    await fane.getByText(/Linket kunne ikke læses/).waitFor();
    rent(log2);
    await fane.locator('#p1-initialer').fill('AB');
    await personRaekke(fane, 'p1').getByLabel('Ordinær uddannelse').check();
    expect((await aflaes(fane)).score).toBe('5');
    rent(log);
    await ctx.close();
  });
});
