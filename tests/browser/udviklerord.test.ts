/**
 * Brugerfladen taler til brugerne: ingen filstier, "motor", JSON-feltnavne eller kildekopiernes
 * linjenumre i det, en læser ser. Testen læser den synlige tekst i alle byggede sider (uden scripts,
 * styles og attributter, fx øernes props) og den tekst, øerne viser i browseren efter hydrering.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alleSider, brugBrowser, gaaTil, personRaekke } from './fixture.ts';

/** Ord og mønstre, der er udviklersprog. Hvert mønster har en forklaring til fejlbeskeden. */
export const UDVIKLERORD: [RegExp, string][] = [
  [/\b(?:content|src|tests|dist)\/[\w./-]+/, 'filsti'],
  [/\b[\w-]+\.(?:json|tsx?|mjs|astro|mdx?)\b/, 'filnavn'],
  [/\bmotor(?:en|ens|er|erne)?\b/i, '"motor"'],
  [/\b(?:kanVendeTilbage|timerPrUge|forloeb|laeringsmaal|ogsaaForsvarligt|baand|laesninger?)\b/, 'JSON-feltnavn'],
  [/\blinje(?:rne)? \d+/, 'linjenummer i en tekstkopi'],
  [/\bundefined\b|\bNaN\b|\[object Object\]/, 'programfejl i teksten'],
];

export function fund(tekst: string): string[] {
  const ud: string[] = [];
  for (const [m, hvad] of UDVIKLERORD) {
    const r = new RegExp(m.source, m.flags.includes('g') ? m.flags : `${m.flags}g`);
    for (const x of tekst.matchAll(r)) {
      const i = x.index ?? 0;
      ud.push(`${hvad}: »${tekst.slice(Math.max(0, i - 40), i + x[0].length + 20).replace(/\s+/g, ' ')}«`);
    }
  }
  return ud;
}

/** Den synlige tekst i en HTML-fil: uden script, style, template, noscript-kode og attributter. */
function synligTekst(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('ingen udviklerord i det byggede site', () => {
  it('mønstrene fanger det, de skal (og ikke almindelig dansk)', () => {
    expect(fund('Grænserne står i content/data/indikator-1b-intervaller.json')).toHaveLength(2);
    expect(fund('Motoren regner')).toHaveLength(1);
    expect(fund('feltet kanVendeTilbage')).toHaveLength(1);
    expect(fund('Kilde: vejledningen, linje 794–845')).toHaveLength(1);
    expect(fund('Borgeren har en motorcykel og går på en ordinær uddannelse.')).toEqual([]);
  });

  it('ingen side viser udviklerord i sin tekst', () => {
    const alle: string[] = [];
    for (const side of alleSider()) {
      const fil = join('dist', side, 'index.html');
      for (const f of fund(synligTekst(readFileSync(fil, 'utf8')))) alle.push(`${side}: ${f}`);
    }
    expect(alle).toEqual([]);
  });
});

describe('ingen udviklerord i øernes tekst', () => {
  const browser = brugBrowser();

  it('værktøjssiderne efter hydrering, også med en udfyldt beregner', async () => {
    const page = await browser.newPage();
    const alle: string[] = [];
    for (const side of alleSider().filter((s) => readFileSync(join('dist', s, 'index.html'), 'utf8').includes('<astro-island'))) {
      await gaaTil(page, side);
      for (const f of fund(await page.locator('main').innerText())) alle.push(`${side}: ${f}`);
    }
    // Beregneren med personer, fravær, en anden læsning og udkastet.
    await gaaTil(page, '/oevelser/beregn-1b/');
    await page.getByRole('button', { name: 'Tilføj person' }).click();
    await page.locator('#p1-initialer').fill('AB');
    await personRaekke(page, 'p1').getByLabel('Tilbuddets egne aktiviteter').check();
    await page.locator('#p2-rolle').selectOption('barn');
    await page.locator('#p2-fravaer').selectOption('midlertidigt');
    await page.locator('dd.resultat-score').waitFor();
    for (const f of fund(await page.locator('main').innerText())) alle.push(`/oevelser/beregn-1b/ (udfyldt): ${f}`);
    expect(alle).toEqual([]);
    await page.close();
  });
});
