import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  REGLER,
  REGEL_IDER,
  beregnFraAntal,
  taelGrupper,
  beregnScenarie,
  gaelderFor,
  valider,
  vurderPerson,
  type Scenarie,
} from '../../src/domain/indikator1b/index.ts';
import { axe, overvaag, startBrowser, type AxeFund, type SideLog } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;

const MAPPE = join(import.meta.dirname, '../../content/scenarier');
const scenarier: Scenarie[] = readdirSync(MAPPE)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const v = valider(JSON.parse(readFileSync(join(MAPPE, f), 'utf8')), f);
    if (!v.ok) throw new Error(v.fejl.join('\n'));
    return v.scenarie;
  });
/** Samme rækkefølge som på siden (sorteret efter navn). */
const sorteret = [...scenarier].sort((a, b) => a.navn.localeCompare(b.navn, 'da'));

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe i både lyst og mørkt tema (Starlight styrer temaet med data-theme på <html>). */
async function axeBeggeTemaer(page: Page): Promise<AxeFund[]> {
  const fund: AxeFund[] = [];
  for (const tema of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), tema);
    const alle = await axe(page);
    fund.push(...alle.map((f) => ({ ...f, help: `[${tema}] ${f.help}` })));
  }
  return fund;
}

interface Fokus {
  tag: string;
  type: string;
  name: string;
  value: string;
  tekst: string;
  klasse: string;
}

/** Venter på, at fokus flyttes til et element, der matcher selektoren (øen flytter fokus efter hvert trin). */
async function ventFokus(page: Page, selektor: string) {
  await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selektor, { timeout: 5000 });
}

async function fokus(page: Page): Promise<Fokus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      tekst: (el?.textContent ?? '').trim(),
      klasse: el?.className ?? '',
    };
  });
}

/** Trykker Tab, til fokus står på et element, der opfylder betingelsen. */
async function tabTil(page: Page, betingelse: (f: Fokus) => boolean, beskrivelse: string, max = 80): Promise<Fokus> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await fokus(page);
    if (betingelse(f)) return f;
  }
  throw new Error(`Tab nåede aldrig ${beskrivelse}`);
}

/** Vælger radioknap nr. `indeks` i en gruppe med tastaturet: Tab ind, mellemrum, piletaster. */
async function vaelgRadio(page: Page, navn: string, indeks: number) {
  await tabTil(page, (f) => f.tag === 'input' && f.type === 'radio' && f.name === navn, `radiogruppen ${navn}`);
  await page.keyboard.press('Space');
  for (let i = 0; i < indeks; i++) await page.keyboard.press('ArrowDown');
}

async function tryk(page: Page, knaptekst: string | RegExp) {
  await tabTil(
    page,
    (f) => f.tag === 'button' && (typeof knaptekst === 'string' ? f.tekst === knaptekst : knaptekst.test(f.tekst)),
    `knappen ${knaptekst}`,
  );
  await page.keyboard.press('Enter');
}

function rent(log: SideLog) {
  expect(log.konsolFejl).toEqual([]);
  expect(log.fremmedeForespoergsler).toEqual([]);
}

const VALG_RAEKKEFOELGE = ['taeller', 'ikke', 'udeladt'] as const;

describe('beregneren med tastaturet alene', () => {
  it('viser en dansk fejl uden score og derefter motorens score', async () => {
    const page = await browser.newPage();
    const log = overvaag(page);
    await page.goto(base + '/oevelser/beregn-1b/', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Beregn' }).waitFor();
    expect(await page.getByText('Tallene bliver i din browser. Intet sendes.').count()).toBe(1);

    await tabTil(page, (f) => f.tag === 'select', 'tilbudstype');
    const valgt = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    // Nogle grupper udfyldes; den første får et negativt tal, en anden bogstaver.
    const tal: Record<string, number> = { 'borger-ordinaer-beskaeftigelse': 2, 'borger-sel-103': 3, 'borger-egen-aktivitet': 2, 'borger-folkepension-ingen': 1 };
    const ider = Object.keys(tal);
    for (const [i, felt] of ider.entries()) {
      await tabTil(page, (f) => f.tag === 'input' && f.name === felt, felt);
      await page.keyboard.type(i === 0 ? '-1' : String(tal[felt]));
    }
    await page.keyboard.press('Enter');
    const omr = page.locator('.beregner-resultat');
    await omr.getByText(/må ikke være negativ/).first().waitFor();
    expect(await omr.textContent()).toContain('Der vises ingen score');
    expect(await page.locator('dd.resultat-score').count()).toBe(0);
    expect(await axeBeggeTemaer(page)).toEqual([]);

    // Ret feltet med tastaturet og beregn igen.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 30 && (await fokus(page)).name !== ider[0]; i++) await page.keyboard.press('Shift+Tab');
    expect((await fokus(page)).name).toBe(ider[0]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(tal[ider[0]]));
    await page.keyboard.press('Enter');
    await page.locator('dd.resultat-score').waitFor();
    const t = taelGrupper(tal, valgt as never);
    if (!t.ok) throw new Error(t.besked);
    const r = beregnFraAntal(t.antal, valgt as never);
    expect((await page.locator('dd.resultat-score').textContent())?.trim()).toBe(String(r.score));
    // Gruppen med tilbuddets egne aktiviteter står som "tæller ikke med".
    expect(await page.locator('.gruppe-vurderinger').innerText()).toMatch(/2 × Kun i tilbuddets egne aktiviteter: tæller ikke med/);
    expect(await axeBeggeTemaer(page)).toEqual([]);

    // Et ufærdigt tal ("2e") i et talfelt giver en dansk besked (browseren melder ugyldigt input;
    // andre bogstaver kan slet ikke skrives i feltet).
    await tabTil(page, (f) => f.tag === 'input' && f.name === 'borger-ingen', 'borger-ingen');
    await page.keyboard.type('2e');
    await page.keyboard.press('Enter');
    await omr.getByText(/skal være et helt tal/).first().waitFor();
    expect(await page.locator('dd.resultat-score').count()).toBe(0);
    expect(await axeBeggeTemaer(page)).toEqual([]);
    rent(log);
    await page.close();
  });
});
