/**
 * Hvert anker, sitet selv skriver, skal findes på den side, det peger på: de overskrifter, 1.b-reglerne
 * citerer (REGLER[id].kilde), håndskrevne links i indholdet (`](/…/#anker)`) og ankre i koden
 * ('/side/#anker' og href="#anker"). Ankrene beregnes som sitet gør det (ankerTaeller/ankerFor) ud
 * fra syntakstræet, som Astro og Starlight bygger det. En omdøbt overskrift giver en fejl, der nævner
 * filen og overskriften.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { REGEL_IDER, REGLER, regelHref } from '../../src/domain/indikator1b/index.ts';
import { koerRemark, laesSider, type SideFil } from '../../src/plugins/lovhenvisninger-i-kilde.ts';
import { ankerTaeller } from '../../src/plugins/rehype-ascii-heading-ids.ts';
import { hrefFor } from '../../src/utils/slugs.ts';
import begreber from '../../content/data/begreber.json' with { type: 'json' };

const tekstAf = (n: Nodes): string =>
  'value' in n && (n.type === 'text' || n.type === 'inlineCode') ? n.value : 'children' in n ? n.children.map(tekstAf).join('') : '';

function trae(side: SideFil): Root {
  let rod: Root | undefined;
  koerRemark({ tekst: side.krop, fil: side.fil, frontmatter: side.frontmatter }, [() => (t: Root) => void (rod = t)]);
  return rod!;
}

/** Filer, en MDX-side importerer (komponenter og øer), som stier fra projektets rod. */
const importerede = (side: SideFil) =>
  [...side.krop.matchAll(/^import .* from '(\.{1,2}\/[^']+)';?$/gm)].map((m) =>
    relative('.', resolve(dirname(side.fil), m[1]))
      .split(sep)
      .join('/'),
  );

interface Side {
  fil: string;
  overskrifter: { tekst: string; anker: string }[];
  ankre: Set<string>;
  links: { url: string; linje: number }[];
  importerer: string[];
}

const sider = new Map<string, Side>();
for (const side of laesSider()) {
  const rod = trae(side);
  const anker = ankerTaeller();
  const overskrifter: Side['overskrifter'] = [];
  const links: Side['links'] = [];
  visit(rod, (n) => {
    if (n.type === 'heading') {
      const tekst = tekstAf(n);
      overskrifter.push({ tekst, anker: anker(tekst) });
    } else if (n.type === 'link' && n.url.includes('#')) links.push({ url: n.url, linje: n.position?.start.line ?? 0 });
  });
  const importerer = importerede(side);
  // Faste id'er i de komponenter, siden viser (fx <div id="intervaller"> i IntervalTabel.astro).
  const komponentIder = importerer
    .filter((f) => /\.(astro|tsx)$/.test(f))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bid="([a-z0-9-]+)"/g)].map((m) => m[1]));
  const id = side.fil.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
  sider.set(hrefFor(id), { fil: side.fil, overskrifter, links, importerer, ankre: new Set([...overskrifter.map((o) => o.anker), ...komponentIder]) });
}

// Genererede sider med ankre, som indholdet linker til: begrebslisten har et anker pr. begreb.
const GENEREREDE: Record<string, Set<string>> = { '/begreber/': new Set(begreber.map((b) => b.id)) };

/** Fejlbesked, hvis ankeret ikke findes på siden, ellers undefined. */
function tjek(href: string, hvorfra: string): string | undefined {
  const [sti, anker] = href.split('#');
  if (GENEREREDE[sti]) return GENEREREDE[sti].has(anker) ? undefined : `${hvorfra}: ${href} – /begreber/ har intet begreb med id "${anker}"`;
  const side = sider.get(sti);
  if (!side) return `${hvorfra}: ${href} – ingen side under content/docs har adressen ${sti}`;
  if (side.ankre.has(anker)) return undefined;
  return `${hvorfra}: ${href} – ${side.fil} har ingen overskrift med ankeret "${anker}"`;
}

describe('ankre, som sitet selv skriver', () => {
  it('der er sider og overskrifter at tjekke imod', () => {
    expect(sider.get('/vejledning/indikator-1b/')?.overskrifter.length).toBeGreaterThan(5);
  });

  it('hver 1.b-regel citerer en overskrift, der findes på den citerede side', () => {
    const fejl = REGEL_IDER.flatMap((id) => {
      const { side, overskrift } = REGLER[id].kilde;
      const s = sider.get(side);
      if (!s) return [`reglen "${id}" citerer siden ${side}, som ikke findes under content/docs`];
      if (s.overskrifter.some((o) => o.tekst === overskrift)) {
        const f = tjek(regelHref(id), `reglen "${id}"`);
        return f ? [f] : [];
      }
      return [`reglen "${id}" citerer overskriften "${overskrift}", men ${s.fil} har ingen overskrift med den tekst`];
    });
    expect(fejl).toEqual([]);
  });

  it('hvert håndskrevet link med anker i indholdet peger på et anker, der findes', () => {
    const fejl = [...sider.values()].flatMap((s) =>
      s.links.flatMap(({ url, linje }) => {
        const href = url.startsWith('#') ? `${[...sider].find(([, v]) => v === s)![0]}${url}` : url;
        if (!href.startsWith('/')) return [];
        const f = tjek(href, `${s.fil}:${linje}`);
        return f ? [f] : [];
      }),
    );
    expect(fejl).toEqual([]);
  });

  it('hvert anker i koden og i data peger på et anker, der findes', () => {
    const filer = [
      ...readdirSync('src', { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|astro)$/.test(f))
        .map((f) => join('src', f)),
      ...readdirSync('content/data', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .map((f) => join('content/data', f)),
    ].map((f) => f.split(sep).join('/'));
    const fejl: string[] = [];
    let antal = 0;
    for (const fil of filer) {
      // Eksempler i kommentarer (/** … fx "/kvalitetsmodellen/tema-1/#indikator-1-b" */) er ikke links;
      // de blankes, så linjenumrene passer.
      const raa = readFileSync(fil, 'utf8');
      const tekst = fil.endsWith('.json') ? raa : raa.replace(/\/\*[\s\S]*?\*\//g, (k) => k.replace(/[^\n]/g, ' '));
      const linje = (i: number) => tekst.slice(0, i).split('\n').length;
      // '/side/#anker' som streng (ikke skabeloner med ${…}).
      for (const m of tekst.matchAll(/(["'`])(\/[a-z0-9/-]*\/#[a-z0-9-]+)\1/g)) {
        antal++;
        const f = tjek(m[2], `${fil}:${linje(m.index)}`);
        if (f) fejl.push(f);
      }
      // href="#anker" på samme side: de sider, der importerer filen.
      for (const m of tekst.matchAll(/href=["']#([a-z0-9-]+)["']/g)) {
        antal++;
        const paa = [...sider].filter(([, s]) => s.importerer.includes(fil));
        if (paa.length === 0) fejl.push(`${fil}:${linje(m.index)}: #${m[1]} – ingen side under content/docs importerer ${fil}`);
        for (const [sti] of paa) {
          const f = tjek(`${sti}#${m[1]}`, `${fil}:${linje(m.index)}`);
          if (f) fejl.push(f);
        }
      }
    }
    expect(antal).toBeGreaterThan(0);
    expect(fejl).toEqual([]);
  });
});
