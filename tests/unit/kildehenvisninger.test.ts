/**
 * Henvisninger, en læser kan følge: ingen tekst, sitet viser, må nævne linjenumre i projektets
 * tekstkopier af kilderne ("linje 794–845"). Linjenumre til vedligeholdere står i feltet `linjer`.
 * Det byggede site tjekkes i tests/browser/kildehenvisninger.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { harLinjenummer, LINJENUMMER } from '../../src/utils/kildehenvisning.ts';
import { kildeHenvisning } from '../../src/schemas/indhold.ts';
import { lovKilde } from '../../src/schemas/lovgivning.ts';

function filer(dir: string, endelse: RegExp): string[] {
  return readdirSync(dir).flatMap((navn) => {
    const sti = join(dir, navn);
    if (statSync(sti).isDirectory()) return filer(sti, endelse);
    return endelse.test(navn) ? [sti] : [];
  });
}

/** Alle tekster i en JSON-værdi med stien til dem, undtagen felter der kun er til vedligeholdere. */
function tekster(v: unknown, sti: string): [string, string][] {
  if (typeof v === 'string') return [[sti, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => tekster(x, `${sti}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => (k === 'linjer' ? [] : tekster(x, `${sti}.${k}`)));
  return [];
}

const fund = (par: [string, string][]) => par.filter(([, t]) => harLinjenummer(t)).map(([s, t]) => `${s}: ${LINJENUMMER.exec(t)?.[0]} i "${t}"`);

describe('mønsteret for linjenumre', () => {
  it('genkender de former, projektet har brugt', () => {
    for (const t of [
      'Anbefaling til scorer (linje 794–845)',
      'Bilag 1 (linje ca. 942)',
      'fx linje 336',
      'linjerne 10-20',
      'afsnittet om godkendelse, l. 67-72',
      'L1040',
    ])
      expect(harLinjenummer(t), t).toBe(true);
  });
  it('lader almindelig tekst og paragraffer være', () => {
    for (const t of [
      'Anbefaling til scorer for indikator 1.b',
      '§ 104, stk. 2',
      'Hun går på musiklinjen.',
      'nationale retningslinjer fra 2020',
      '2.3.3.3 CTI og koordinerende rådgiver',
      'Tabel 3. Udvalgte satser',
    ])
      expect(harLinjenummer(t), t).toBe(false);
  });
  it('skemaerne afviser et afsnit med linjenumre og tillader dem i feltet linjer', () => {
    expect(kildeHenvisning.safeParse({ dokument: 'vejledning', afsnit: 'Indikator 1.b (linje 794–845)' }).success).toBe(false);
    expect(kildeHenvisning.safeParse({ dokument: 'vejledning', afsnit: 'Indikator 1.b', linjer: '794–845' }).success).toBe(true);
    expect(lovKilde.safeParse({ dokument: 'vive-2021', afsnit: '1.3.1 (linje 214)', dato: '2021' }).success).toBe(false);
  });
});

describe('ingen linjenumre i det, læseren ser', () => {
  it('frontmatterens kilder og brødteksten på alle sider i content/docs', () => {
    const par: [string, string][] = [];
    for (const fil of filer('content/docs', /\.mdx?$/)) {
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(fil, 'utf8'));
      if (!m) throw new Error(`${fil}: mangler frontmatter`);
      const data = yaml.load(m[1]) as { kilder?: { afsnit: string }[] };
      for (const [i, k] of (data.kilder ?? []).entries()) par.push([`${fil} kilder[${i}].afsnit`, k.afsnit]);
      par.push([`${fil} (brødtekst)`, m[2]]);
    }
    expect(par.length).toBeGreaterThan(100);
    expect(fund(par)).toEqual([]);
  });

  it('alle tekster i content/data og content/scenarier (lovoversigten, begreberne, kilderne …)', () => {
    const par = [...filer('content/data', /\.json$/), ...filer('content/scenarier', /\.json$/)].flatMap((fil) =>
      tekster(JSON.parse(readFileSync(fil, 'utf8')), fil),
    );
    expect(par.filter(([s]) => /lovgivning\.json.*afsnit$/.test(s)).length).toBeGreaterThan(50);
    expect(par.filter(([s]) => /begreber\.json.*afsnit$/.test(s)).length).toBeGreaterThan(100);
    expect(fund(par)).toEqual([]);
  });

  it('afsnit, som komponenter og genererede sider selv angiver', () => {
    const par = filer('src', /\.(astro|tsx?)$/).flatMap((fil) =>
      [...readFileSync(fil, 'utf8').matchAll(/afsnit: ['"`]([^'"`]+)['"`]/g)].map((m) => [fil, m[1]] as [string, string]),
    );
    expect(fund(par)).toEqual([]);
  });
});
