/**
 * Lighthouse på forsiden, vejledningen om 1.b, gennemgangen og beregneren i systemets Chromium, mod det
 * byggede site. Med LIGHTHOUSE_URL (fx http://127.0.0.1:4480/tema1, nginx med deploy/nginx.conf) måles
 * mod den server i stedet for Astros preview. Udskriver performance, tilgængelighed, best practices og
 * SEO (0–100). Kør: npm run bench -- --lighthouse
 */
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export async function maalLighthouse(stier = ['/', '/vejledning/indikator-1b/', '/oevelser/gennemgang/', '/oevelser/beregn-1b/']) {
  const port = 4396;
  const adresse = process.env.LIGHTHOUSE_URL?.replace(/\/$/, '');
  const server = adresse ? undefined : await preview({ root: process.cwd(), server: { port, host: '127.0.0.1' }, logLevel: 'error' });
  const chrome = await launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const ud: { sti: string; scorer: Record<string, number> }[] = [];
  try {
    for (const sti of stier) {
      const res = await lighthouse(`${adresse ?? `http://127.0.0.1:${port}`}${sti}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const k = res!.lhr.categories;
      ud.push({ sti, scorer: Object.fromEntries(Object.entries(k).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])) });
    }
  } finally {
    chrome.kill();
    await server?.stop();
  }
  return ud;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await maalLighthouse()) console.log(`Lighthouse ${r.sti}: ${JSON.stringify(r.scorer)}`);
}
