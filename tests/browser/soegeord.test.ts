/**
 * Søgetestsættet: typiske spørgsmål fra brugerne og den side, der skal stå øverst (eller blandt de
 * første tre, hvor flere sider med rette konkurrerer). Køres mod Pagefind-indekset i det byggede site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { brugBrowser, gaaTil } from './fixture.ts';

const browser = brugBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser.newPage();
  await gaaTil(page, '/');
  // Som streng, så Vitest ikke omskriver import() i koden, der køres i browseren.
  await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    window.pf = pf;
  })()`);
});

async function topUrls(q: string, n = 3): Promise<string[]> {
  return page.evaluate(
    async ([q, n]) => {
      const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pf;
      const res = await pf.search(q as string);
      const data = await Promise.all(res.results.slice(0, n as number).map((r) => r.data()));
      return data.map((d) => new URL(d.url, location.href).pathname);
    },
    [q, n] as const,
  );
}

/** [forespørgsel, forventet side, hvor højt den skal stå (1 = øverst)] */
const SAET: [string, string, number][] = [
  ['§ 104', '/lovgivning/serviceloven-104/', 1],
  ['104', '/lovgivning/serviceloven-104/', 1],
  ['beskyttet beskæftigelse', '/lovgivning/serviceloven-103/', 1],
  ['folkepension', '/vejledning/indikator-1b/', 1],
  ['førtidspension', '/vejledning/indikator-1b/', 3],
  ['krisecenter børn skole', '/vejledning/tilgange/medfoelgende-boern/', 1],
  ['Dalhoffsminde', '/cases/vive/dalhoffsminde/', 1],
  ['Skibbyhøj', '/cases/vive/skibbyhoej/', 1],
  ['Bostedet Aars', '/cases/vive/bostedet-aars/', 1],
  ['Rusmiddelcenter Randers', '/cases/vive/rusmiddelcenter-randers/', 1],
  ['Krisecenter Odense', '/cases/vive/krisecenter-odense/', 1],
  ['aktivitetsparat', '/lovgivning/visitationskategorier/', 3],
  ['egne aktiviteter', '/vejledning/saerlige-tilbud/', 3],
  ['STU', '/lovgivning/uddannelse-stu/', 1],
  ['særligt tilrettelagt beskæftigelsesforløb', '/lovgivning/serviceloven-104-stk-2/', 3],
  ['timetal', '/vejledning/indikator-1b/', 3],
  ['sygemeldt', '/vejledning/indikator-1b/', 3],
  ['efterskole', '/lovgivning/barnets-lov-43-stk-1-nr-7/', 3],
  ['indikator 1.a', '/vejledning/indikator-1a/', 1],
  ['kriterium 1', '/vejledning/kriterium-1/', 3],
  ['spindelvæv', '/kvalitetsmodellen/spindelvaev/', 3],
  ['recovery', '/vejledning/tilgange/recovery/', 3],
  ['motiverende samtale', '/vejledning/tilgange/motivation-og-tro/', 3],
  ['sundhedslovens § 141', '/lovgivning/sundhedsloven-141/', 3],
  ['handleplan', '/lovgivning/serviceloven-141/', 3],
  ['koordinerende rådgiver', '/lovgivning/serviceloven-109-stk-7/', 3],
  ['Kim mentor', '/cases/brugerundersoegelse/postkort-kim/', 1],
  ['I middel grad opfyldt', '/kvalitetsmodellen/', 3],
];

describe('søgetestsæt', () => {
  it('har mindst 25 forespørgsler', () => {
    expect(SAET.length).toBeGreaterThanOrEqual(25);
  });
  it.each(SAET)('"%s" → %s blandt de første %i', async (q, forventet, plads) => {
    const top = await topUrls(q, plads);
    expect(top, `øverst: ${(await topUrls(q, 5)).join(', ')}`).toContain(forventet);
  });
});
