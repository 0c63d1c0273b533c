import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { sideSkema, KILDE_IDER } from '../../src/schemas/indhold.ts';
import kilder from '../../content/data/kilder.json' with { type: 'json' };

/** Alle sider i content/docs med deres frontmatter. */
function sider(dir = 'content/docs'): { fil: string; data: Record<string, unknown>; krop: string }[] {
  return readdirSync(dir).flatMap((navn) => {
    const sti = join(dir, navn);
    if (statSync(sti).isDirectory()) return sider(sti);
    if (!/\.mdx?$/.test(navn)) return [];
    const tekst = readFileSync(sti, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(tekst);
    if (!m) throw new Error(`${sti}: mangler frontmatter`);
    return [{ fil: sti, data: yaml.load(m[1]) as Record<string, unknown>, krop: m[2] }];
  });
}

const alle = sider();

describe('indholdet i content/docs', () => {
  it('har sider', () => {
    expect(alle.length).toBeGreaterThan(10);
  });

  it.each(alle.map((s) => [s.fil, s] as const))('%s har gyldig frontmatter med titel, beskrivelse og kilder', (_fil, side) => {
    expect(typeof side.data.title).toBe('string');
    expect(typeof side.data.description).toBe('string');
    const res = sideSkema.safeParse(side.data);
    expect(res.success, res.success ? '' : JSON.stringify(res.error.issues)).toBe(true);
  });

  it('hver kilde, en side nævner, findes i kilder.json', () => {
    const kendte = new Set(kilder.map((k) => k.id));
    expect([...kendte].sort()).toEqual([...KILDE_IDER].sort());
    for (const s of alle) {
      for (const k of s.data.kilder as { dokument: string }[]) expect(kendte.has(k.dokument), `${s.fil}: ${k.dokument}`).toBe(true);
    }
  });

  it('ingen side starter brødteksten med en h1 (titlen er sidens eneste h1)', () => {
    for (const s of alle) expect(/^# /m.test(s.krop.replace(/```[\s\S]*?```/g, '')), s.fil).toBe(false);
  });
});

describe('casene', () => {
  const cases = alle.filter((s) => s.data.case);
  const findes = (href: string) => {
    const sti = href.replace(/^\//, '').replace(/\/$/, '');
    return alle.some((s) => s.fil.replace(/^content\/docs\//, '').replace(/(\/index)?\.mdx?$/, '') === sti);
  };

  it('der er mindst fem VIVE-cases og postkort fra brugerundersøgelsen', () => {
    const kilder = cases.map((c) => (c.data.case as { kilde: string }).kilde);
    expect(kilder.filter((k) => k === 'vive-2021').length).toBeGreaterThanOrEqual(5);
    expect(kilder.filter((k) => k === 'brugerundersoegelse-2006').length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.fil, c] as const))('%s: tilgange og relaterede cases peger på sider, der findes, og tilgangene er linket i teksten', (_f, c) => {
    const data = c.data.case as { tilgange: string[]; relaterede: string[]; metoder: string[]; maalgruppe: string };
    expect(data.maalgruppe.length).toBeGreaterThan(0);
    for (const t of data.tilgange) {
      expect(findes(`/vejledning/tilgange/${t}/`), t).toBe(true);
      expect(c.krop, `linket til tilgangen ${t}`).toContain(`/vejledning/tilgange/${t}/`);
    }
    for (const r of data.relaterede) expect(findes(r), r).toBe(true);
  });

  it('brugerundersøgelsens sider læser paragraffer efter serviceloven fra 2005', () => {
    for (const s of alle.filter((x) => x.fil.includes('cases/brugerundersoegelse/')))
      expect(s.data.lovStandard, s.fil).toEqual({ lov: 'serviceloven', aera: 'historisk-2005' });
  });
});
