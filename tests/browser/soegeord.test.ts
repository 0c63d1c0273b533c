/**
 * Søgetestsættet: spørgsmål, som en konsulent skriver dem, og den side, der skal svare (øverst eller
 * blandt de første tre, hvor flere sider med rette konkurrerer). Køres mod Pagefind-indekset i det
 * byggede site med samme omskrivning af søgeord, som søgefeltet bruger (src/soegning/omskriv.ts).
 * Testen udskriver et mål for, hvor højt den rigtige side står, med og uden omskrivningen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBrowser } from './browser.ts';
import { omskrivSoegning } from '../../src/soegning/omskriv.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await startBrowser();
  page = await browser.newPage();
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  // Som streng, så Vitest ikke omskriver import() i koden, der køres i browseren.
  await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    window.pf = pf;
  })()`);
});
afterAll(async () => {
  await browser?.close();
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
  // De oprindelige 29
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
  // Som en konsulent skriver (issue 11): ordformer, synonymer, "paragraf", hele spørgsmål
  // Et enkelt ord som "værksted" er flertydigt: fem sider om casenes værksteder står før reglen. At udvide
  // ordet til "egne aktiviteter" ville skjule casene (Pagefind kræver alle ord), så kun spørgsmålet
  // ("tæller eget værksted med") sender reglen til tops. Målt, ikke løst: reglen står som nr. 6.
  ['værksted', '/vejledning/saerlige-tilbud/', 6],
  ['værksteder', '/vejledning/saerlige-tilbud/', 6],
  ['eget værksted', '/vejledning/saerlige-tilbud/', 3],
  ['tæller egen værksted med', '/vejledning/saerlige-tilbud/', 3],
  ['tæller eget værksted med i 1.b', '/vejledning/saerlige-tilbud/', 3],
  ['pensionist', '/vejledning/indikator-1b/', 1],
  ['tæller pensionister med', '/vejledning/indikator-1b/', 3],
  ['førtidspensionist', '/vejledning/indikator-1b/', 3],
  ['paragraf 103', '/lovgivning/serviceloven-103/', 1],
  ['paragraf 104', '/lovgivning/serviceloven-104/', 1],
  ['pgf. 110', '/lovgivning/serviceloven-110/', 1],
  ['§110', '/lovgivning/serviceloven-110/', 1],
  ['§ 108', '/lovgivning/serviceloven-108/', 1],
  ['beskyttet værksted', '/lovgivning/serviceloven-103/', 3],
  ['beskyttede værksteder', '/lovgivning/serviceloven-103/', 3],
  ['herberg', '/lovgivning/serviceloven-110/', 3],
  ['misbrugsbehandling', '/lovgivning/serviceloven-101/', 3],
  ['borger indlagt på hospital', '/vejledning/indikator-1b/', 1],
  ['syg', '/vejledning/indikator-1b/', 3],
  ['hvem tæller med', '/vejledning/indikator-1b/', 3],
  ['medfølgende børn', '/vejledning/tilgange/medfoelgende-boern/', 3],
  ['paragraf 94', '/lovgivning/serviceloven-2005-94/', 3],
  ['kontanthjælpsmodtager', '/lovgivning/ydelser-2021/', 3],
  ['uddannelsesparat', '/lovgivning/visitationskategorier/', 3],
  ['hvilke indikatorer gælder for krisecentre', '/kvalitetsmodellen/hvilke-indikatorer-gaelder/', 3],
  ['tre modeller', '/lovgivning/tre-modeller/', 1],
  ['dusørjob', '/begreber/', 3],
  ['tæller dusørjob med', '/vejledning/saerlige-tilbud/', 3],
  ['Kjeld', '/cases/brugerundersoegelse/postkort-kjeld/', 1],
  ['Henning højtuddannet', '/cases/brugerundersoegelse/postkort-henning/', 1],
  ['quiz', '/oevelser/quiz/', 1],
];

/** Plads for den forventede side blandt de første 10 (11 = ikke fundet). */
async function plads(q: string, forventet: string): Promise<number> {
  const i = (await topUrls(q, 10)).indexOf(forventet);
  return i === -1 ? 11 : i + 1;
}

function maal(pladser: number[]) {
  const n = pladser.length;
  return {
    gennemsnit: Math.round((pladser.reduce((a, b) => a + b, 0) / n) * 100) / 100,
    nr1: Math.round((pladser.filter((p) => p === 1).length / n) * 100),
    top3: Math.round((pladser.filter((p) => p <= 3).length / n) * 100),
  };
}

describe('søgetestsæt', () => {
  it('har mindst 40 forespørgsler, heraf de oprindelige 29', () => {
    expect(SAET.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SAET)('"%s" → %s blandt de første %i', async (q, forventet, p) => {
    const soegt = omskrivSoegning(q);
    const top = await topUrls(soegt, p);
    expect(top, `søgt som "${soegt}"; øverst: ${(await topUrls(soegt, 5)).join(', ')}`).toContain(forventet);
  });

  it('måler, hvor højt den rigtige side står (med og uden omskrivning af søgeord)', async () => {
    const med: number[] = [];
    const uden: number[] = [];
    let begreberTop5 = 0;
    for (const [q, forventet] of SAET) {
      med.push(await plads(omskrivSoegning(q), forventet));
      uden.push(await plads(q, forventet));
      if (forventet !== '/begreber/' && (await topUrls(omskrivSoegning(q), 5)).includes('/begreber/')) begreberTop5++;
    }
    const m = maal(med);
    const u = maal(uden);
    console.log(
      `Søgetestsæt, ${SAET.length} forespørgsler. Gennemsnitlig plads (11 = ikke blandt de første 10), andel øverst, andel blandt de første 3:\n` +
        `  med omskrivning:  ${m.gennemsnit}  ${m.nr1} %  ${m.top3} %\n` +
        `  uden omskrivning: ${u.gennemsnit}  ${u.nr1} %  ${u.top3} %\n` +
        `  begrebslisten blandt de første 5 (med omskrivning): ${begreberTop5} af ${SAET.length}`,
    );
    expect(m.top3).toBeGreaterThanOrEqual(95);
    expect(m.gennemsnit).toBeLessThanOrEqual(u.gennemsnit);
  });
});
