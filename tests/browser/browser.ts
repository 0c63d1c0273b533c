import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    return res.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: any) => n.target.join(' ')),
    }));
  });
}
