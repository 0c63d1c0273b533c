/**
 * Det byggede site (dist/) viser ingen linjenumre fra projektets tekstkopier af kilderne: hverken i
 * "Kilder" nederst på siderne, i lovoversigtens kildetabeller eller i begrebernes kildeangivelser.
 * Læser HTML-filerne direkte (ingen browser); kildedataene tjekkes i tests/unit/kildehenvisninger.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINJENUMMER } from '../../src/utils/kildehenvisning.ts';

function html(dir: string): string[] {
  return readdirSync(dir).flatMap((navn) => {
    const sti = join(dir, navn);
    if (statSync(sti).isDirectory()) return html(sti);
    return navn.endsWith('.html') ? [sti] : [];
  });
}

/** Den tekst, en læser ser: uden scripts, styles og tags; entiteter for bindestreger afkodes. */
const synligTekst = (s: string) =>
  s
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');

describe('det byggede site', () => {
  const sider = html('dist');

  it('viser kilder med publikation og afsnit på siderne', () => {
    const medKilder = sider.filter((f) => readFileSync(f, 'utf8').includes('class="kilde-liste"'));
    expect(medKilder.length).toBeGreaterThan(100);
    const tekst = synligTekst(readFileSync('dist/vejledning/indikator-1b/index.html', 'utf8'));
    expect(tekst).toMatch(/Anbefaling til scorer for indikator 1\.b/);
  });

  it('ingen side viser linjenumre fra tekstkopierne', () => {
    const fejl = sider.flatMap((f) => {
      const m = LINJENUMMER.exec(synligTekst(readFileSync(f, 'utf8')));
      return m ? [`${f}: "${m[0]}" ved "${synligTekst(readFileSync(f, 'utf8')).slice(Math.max(0, m.index - 60), m.index + 20)}"`] : [];
    });
    expect(fejl).toEqual([]);
  });
});
