/**
 * Fælles grundlag for alle browsertests: adressen på testserveren (server.ts), browseren, at åbne en
 * side, axe i lyst og mørkt tema, at flytte fokus med Tab og at søge på sitet. Sider åbnes med `load`,
 * ikke `networkidle`; derefter ventes, til sidens øer er hydreret (Astro fjerner `ssr` fra
 * <astro-island>), så tastetryk ikke rammer den serverrenderede HTML, før øen lytter, og til øerne har
 * gjort deres første arbejde færdigt (se `ventPaaKlar`).
 */
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Adressen på testserveren uden afsluttende skråstreg, fx "http://127.0.0.1:4399". */
export const baseUrl = (): string => inject('baseUrl');

/**
 * Starter Chromium. Sitets service worker er slået fra i nye sider og kontekster, medmindre en test
 * beder om den (`serviceWorkers: 'allow'`, fx offline-testen): ellers henter hver testside hele
 * forhåndslageret (ca. 7 MB) i baggrunden.
 */
export async function startBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const nySide = browser.newPage.bind(browser);
  const nyKontekst = browser.newContext.bind(browser);
  browser.newPage = (o = {}) => nySide({ serviceWorkers: 'block', ...o });
  browser.newContext = (o = {}) => nyKontekst({ serviceWorkers: 'block', ...o });
  return browser;
}

/**
 * Starter browseren før filens tests og lukker den bagefter. Giver browseren, så snart den kører
 * (brug den inde i tests og hooks, ikke når filen indlæses).
 */
export function brugBrowser(): Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return new Proxy({} as Browser, {
    get(_, navn) {
      if (!browser) throw new Error('Browseren er ikke startet endnu: brug den inde i en test eller et hook.');
      const v = Reflect.get(browser, navn);
      return typeof v === 'function' ? v.bind(browser) : v;
    },
  });
}

/** Venter, til alle øer med client:load på siden er hydreret. */
export async function ventPaaOeer(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
}

/**
 * Venter, til øerne har gjort deres første arbejde færdigt: en ø, der læser eller gemmer i browserens
 * lager, når den starter, markerer sin rod med `data-klar="nej"`, indtil det er gjort.
 * Ellers kan øens egen første gemning overskrive det, en test skriver i lageret lige efter hydrering.
 * Kræver JavaScript (uden JavaScript står markeringen fra den serverrenderede HTML).
 */
export async function ventPaaKlar(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-klar="nej"]'));
}

/**
 * Går til stien (relativ til testserveren, eller en hel adresse, fx et link, siden selv har lavet),
 * venter på `load`, på sidens øer og på deres første arbejde.
 */
export async function gaaTil(page: Page, sti: string) {
  const svar = await page.goto(/^https?:/.test(sti) ? sti : baseUrl() + sti, { waitUntil: 'load' });
  await ventPaaOeer(page);
  await ventPaaKlar(page);
  return svar;
}

/** Genindlæser siden, venter på `load`, på sidens øer og på deres første arbejde. */
export async function genindlaes(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await ventPaaOeer(page);
  await ventPaaKlar(page);
}

/** Alle byggede sider som stier ("/", "/vejledning/", …), fundet i dist/. */
export function alleSider(dist = 'dist'): string[] {
  const sider: string[] = [];
  const gaa = (dir: string) => {
    for (const navn of readdirSync(dir)) {
      const sti = join(dir, navn);
      if (statSync(sti).isDirectory()) {
        if (navn === '_astro' || navn === 'pagefind') continue;
        gaa(sti);
      } else if (navn === 'index.html') {
        const rel = relative(dist, dir).split('\\').join('/');
        sider.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  gaa(dist);
  return sider.sort();
}

export interface SideLog {
  konsolFejl: string[];
  fremmedeForespoergsler: string[];
}

/** Registrerer konsolfejl og forespørgsler til andre værter end localhost/127.0.0.1. */
export function overvaag(page: Page): SideLog {
  const log: SideLog = { konsolFejl: [], fremmedeForespoergsler: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.konsolFejl.push(m.text());
  });
  page.on('pageerror', (e) => log.konsolFejl.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      log.fremmedeForespoergsler.push(r.url());
    }
  });
  return log;
}

export interface CspOvertraedelse {
  direktiv: string;
  blokeret: string;
  kilde: string;
}

/**
 * Registrerer browserens CSP-overtrædelser (securitypolicyviolation) fra sidens start, også dem fra
 * meta-elementet og fra headeren, i alle sider, der åbnes i fanen eller konteksten herefter.
 */
export async function registrerCsp(i: Page | BrowserContext): Promise<void> {
  await i.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push({ direktiv: e.violatedDirective, blokeret: e.blockedURI, kilde: `${e.sourceFile}:${e.lineNumber} ${e.sample}` }),
    );
  });
}

/** De CSP-overtrædelser, sidens fane har haft siden sidste indlæsning (se `registrerCsp`). */
export const cspOvertraedelser = (page: Page): Promise<CspOvertraedelse[]> =>
  page.evaluate(() => (window as unknown as { __csp?: CspOvertraedelse[] }).__csp ?? []);

/**
 * Lægger axe ind i hver side, fanen eller konteksten åbner herefter, før sidens egne scripts (via
 * devtools-protokollen, så sitets CSP ikke blokerer det). Til tests, der kører axe på mange sider: det er
 * over dobbelt så hurtigt som at sende axe ind i hver side bagefter (`axe` gør det kun, hvis axe mangler).
 */
export async function forudindlaesAxe(i: Page | BrowserContext): Promise<void> {
  await i.addInitScript(AXE_SOURCE);
}

/** Beregnerens række for personen med id'et (fx "p1"), til at afkrydse personens kategorier. */
export const personRaekke = (page: Page, id: string): Locator => page.locator('li').filter({ has: page.locator(`#${id}-initialer`) });

/** Forventer ingen konsolfejl og ingen forespørgsler til andre værter. */
export function rent(log: SideLog): void {
  expect(log.konsolFejl).toEqual([]);
  expect(log.fremmedeForespoergsler).toEqual([]);
}

/**
 * Åbner stien i en ny fane, der overvåges (konsolfejl, fremmede værter), og venter som `gaaTil`.
 * `klar` er en selektor, der skal findes, før testen går videre (fx øens første knap). Fanen åbnes i
 * browseren eller i en kontekst, man har lavet (fx med en bestemt skærmstørrelse).
 */
export async function aabnSide(browser: Browser | BrowserContext, sti: string, klar?: string): Promise<{ page: Page; log: SideLog }> {
  const page = await browser.newPage();
  const log = overvaag(page);
  await gaaTil(page, sti);
  if (klar) await page.locator(klar).first().waitFor();
  return { page, log };
}

export interface AxeFund {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Kører axe-core med WCAG 2.1 A/AA-reglerne (inkl. label-content-name-mismatch) og returnerer fundene. */
export async function axe(page: Page): Promise<AxeFund[]> {
  // Som evaluate (devtools-protokollen), ikke som <script>: sitets CSP tillader ingen fremmede inline-scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;true`);
  return page.evaluate(async () => {
    // @ts-expect-error axe er injiceret ovenfor
    const res = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return res.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * axe i både lyst og mørkt tema. Starlight styrer temaet med data-theme på <html>; det sættes
 * direkte og stilles tilbage bagefter. Hvert fund får temaet foran sin hjælpetekst.
 */
export async function axeBeggeTemaer(page: Page): Promise<AxeFund[]> {
  const foer = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
  const fund: AxeFund[] = [];
  for (const tema of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), tema);
    const alle = await axe(page);
    fund.push(...alle.map((f) => ({ ...f, help: `[${tema}] ${f.help}` })));
  }
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), foer);
  return fund;
}

/** Det fokuserede element, som testene genkender det. */
export interface Fokus {
  tag: string;
  type: string;
  id: string;
  name: string;
  value: string;
  tekst: string;
  klasse: string;
  /** Teksten i elementets (første) <label> eller dets aria-label. */
  etiket: string;
}

export async function fokus(page: Page): Promise<Fokus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      tekst: (el?.textContent ?? '').trim(),
      klasse: el?.className ?? '',
      etiket: ((el?.labels?.[0] ?? el?.closest('label'))?.textContent ?? el?.getAttribute('aria-label') ?? '').trim(),
    };
  });
}

/**
 * Trykker Tab (eller Shift+Tab med `baglaens`), til fokus står på målet: en CSS-selektor, som det
 * fokuserede element skal matche, eller en betingelse på `Fokus`. Giver det fokuserede element.
 */
export async function tabTil(
  page: Page,
  maal: string | ((f: Fokus) => boolean),
  { baglaens = false, max = 400, beskrivelse = typeof maal === 'string' ? maal : 'målet' } = {},
): Promise<Fokus> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(baglaens ? 'Shift+Tab' : 'Tab');
    const ramt = typeof maal === 'string' ? await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, maal) : maal(await fokus(page));
    if (ramt) return fokus(page);
  }
  throw new Error(`Tab nåede aldrig ${beskrivelse}`);
}

/** Venter, til fokus står på et element, der matcher selektoren (fx efter en knap har flyttet fokus). */
export async function ventPaaFokus(page: Page, selektor: string, timeout = 5000): Promise<void> {
  await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selektor, { timeout });
}

/** Søgedialogens område, som Pagefinds brugerflade tegnes i. */
export const SOEGNING = '#starlight__search';

/**
 * Åbner sitets søgning og giver søgefeltet, klar til at skrive i. Venter på søgeknappens script
 * (elementet <site-search>, der lytter efter genvejen), åbner dialogen med genvejen Ctrl K (eller med
 * søgeknappen: `{ med: 'knap' }`) og venter på Pagefinds søgefelt, som tegnes, efter siden er indlæst.
 * Dialogens første <input> er ikke altid søgefeltet, så det findes ved Pagefinds klasse.
 */
export async function aabnSoegning(page: Page, { med = 'genvej' }: { med?: 'genvej' | 'knap' } = {}): Promise<Locator> {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  const dialog = page.locator('site-search dialog[open]');
  if ((await dialog.count()) === 0) {
    if (med === 'knap') await page.locator('site-search button[data-open-modal]').click();
    else await page.keyboard.press('Control+k');
    await dialog.waitFor();
  }
  const felt = page.locator(`${SOEGNING} .pagefind-ui__search-input`);
  await felt.waitFor();
  return felt;
}

/**
 * Venter, til søgningen har vist nye resultater efter `handling` (at skrive en søgning eller vælge et
 * filter): Pagefind fjerner resultatlisten, mens den søger, og viser de rigtige resultater først efter
 * pladsholdere. Den gamle liste mærkes, før handlingen, så den ikke forveksles med den nye.
 */
export async function ventPaaNyeResultater(page: Page, handling: () => Promise<void>, tekst?: string): Promise<void> {
  await page.evaluate((s) => document.querySelector(`${s} .pagefind-ui__results`)?.setAttribute('data-test-gammel', ''), SOEGNING);
  await handling();
  await page.waitForFunction(
    ([s, tekst]) => {
      const liste = document.querySelector(`${s} .pagefind-ui__results`);
      if (!liste || liste.hasAttribute('data-test-gammel')) return false;
      if (tekst && !(document.querySelector(`${s} .pagefind-ui__message`)?.textContent ?? '').includes(tekst)) return false;
      return !liste.querySelector('.pagefind-ui__loading');
    },
    [SOEGNING, tekst] as const,
    { timeout: 15_000 },
  );
}

/**
 * Søger efter teksten i sitets søgning (åbner den, hvis den ikke er åben) og venter på de rigtige
 * resultater. Giver resultaternes links (også delresultaterne).
 */
export async function soeg(page: Page, tekst: string, aabning: { med?: 'genvej' | 'knap' } = {}): Promise<Locator> {
  const felt = await aabnSoegning(page, aabning);
  await ventPaaNyeResultater(page, () => felt.fill(tekst), tekst);
  return page.locator(`${SOEGNING} .pagefind-ui__result-link`);
}

/** Stierne i resultaternes links, fx "/vejledning/indikator-1b/". */
export function stier(links: Locator): Promise<string[]> {
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
