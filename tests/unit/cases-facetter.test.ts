/** Casesamlingens facetter: historiske tilbudstyper læst som dagens, metodefamilier og potentialernes ophav. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { METODEFAMILIER, familieFor, lovpostForTilbudstype, tilbudstypeForBestemmelse, tilbudstypeLaesninger } from '../../src/domain/cases/facetter.ts';
import { laesBestemmelser } from '../../src/data/laes.ts';
import { caseSkema, CASE_TILBUDSTYPER } from '../../src/schemas/indhold.ts';

const BESTEMMELSER = laesBestemmelser();

function cases(dir = 'content/docs/cases'): { fil: string; case: { kilde: string; tilbudstype: string; metoder: string[]; potentialer?: string[] } }[] {
  return readdirSync(dir).flatMap((navn) => {
    const sti = join(dir, navn);
    if (statSync(sti).isDirectory()) return cases(sti);
    const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(sti, 'utf8'));
    const data = m ? (yaml.load(m[1]) as { case?: never }) : {};
    return data.case ? [{ fil: sti, case: data.case }] : [];
  });
}

describe('tilbudstyper: historisk → dagens, læst fra lovoversigten', () => {
  it('lovposternes id og casetilbudstyperne svarer til hinanden begge veje', () => {
    for (const t of Object.keys(CASE_TILBUDSTYPER)) {
      const id = lovpostForTilbudstype(t);
      if (!id) continue;
      const post = BESTEMMELSER.find((b) => b.id === id);
      expect(post, `${t} → ${id} findes i lovgivning.json`).toBeDefined();
      expect(tilbudstypeForBestemmelse(post!)).toBe(t);
    }
  });

  it('en § 94-boform fra 2005 findes også under forsorgshjem (§ 110), med lovpostens belæg', () => {
    const l = tilbudstypeLaesninger('boform-94-2005', BESTEMMELSER);
    expect(l.map((x) => x.id)).toEqual(['sel-110']);
    expect(l[0].lovpost).toBe('serviceloven-2005-94');
    expect(l[0].belaeg).toMatch(/^Sitets læsning/);
  });

  it('dagens tilbudstyper og typer uden paragraf har ingen læsning', () => {
    expect(tilbudstypeLaesninger('sel-110', BESTEMMELSER)).toEqual([]);
    expect(tilbudstypeLaesninger('vaerested', BESTEMMELSER)).toEqual([]);
  });

  it('læsningen følger dataene: uden svarerTil i lovoversigten ingen læsning', () => {
    const uden = BESTEMMELSER.map((b) => (b.id === 'serviceloven-2005-94' ? { ...b, svarerTil: [] } : b));
    expect(tilbudstypeLaesninger('boform-94-2005', uden)).toEqual([]);
  });
});

describe('metodefamilier', () => {
  const alle = cases();
  it('der er cases og en håndfuld familier', () => {
    expect(alle.length).toBeGreaterThanOrEqual(10);
    expect(METODEFAMILIER.length).toBeGreaterThanOrEqual(3);
    expect(METODEFAMILIER.length).toBeLessThanOrEqual(7);
  });
  it('hver metode i casene står i præcis én familie, og hver familiemetode bruges af en case', () => {
    const brugte = new Set(alle.flatMap((c) => c.case.metoder ?? []));
    for (const m of brugte) {
      expect(METODEFAMILIER.filter((f) => f.metoder.includes(m)).length, m).toBe(1);
      expect(familieFor(m)).toBeDefined();
    }
    for (const f of METODEFAMILIER) for (const m of f.metoder) expect(brugte.has(m), `${f.id}: ${m}`).toBe(true);
  });
});

describe("potentialer: VIVE's placering og sitets læsning", () => {
  const grund = { tilbud: 'x', tilbudstype: 'boform-94-2005', lovgrundlag: 'x', maalgruppe: 'x' };
  it("kun VIVE's cases kan have VIVE's placering", () => {
    expect(caseSkema.safeParse({ ...grund, kilde: 'brugerundersoegelse-2006', potentialer: ['struktur'] }).success).toBe(false);
    expect(caseSkema.safeParse({ ...grund, kilde: 'brugerundersoegelse-2006', potentialerSitetsLaesning: ['struktur'] }).success).toBe(true);
    expect(caseSkema.safeParse({ ...grund, kilde: 'vive-2021', potentialer: ['struktur'], potentialerSitetsLaesning: ['struktur'] }).success).toBe(false);
  });
  it('brugerundersøgelsens cases har ingen VIVE-placering', () => {
    for (const c of cases().filter((x) => x.case.kilde === 'brugerundersoegelse-2006')) expect(c.case.potentialer ?? [], c.fil).toEqual([]);
  });
});

describe('tilbudstyperne står ét sted', () => {
  it('casesamlingens dagens typer er kvalitetsmodellens typer med samme navn; kun de historiske og andre findes kun i casene', async () => {
    const { default: typer } = await import('../../content/data/tilbudstyper.json', { with: { type: 'json' } });
    const kunICasene = ['vaerested', 'boform-94-2005', 'andet'];
    for (const [id, navn] of Object.entries(CASE_TILBUDSTYPER)) {
      if (kunICasene.includes(id)) continue;
      const t = (typer as { id: string; kortNavn?: string }[]).find((x) => x.id === id);
      expect(t, `${id} findes ikke i tilbudstyper.json`).toBeDefined();
      expect(t?.kortNavn).toBe(navn);
    }
  });
});
