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
