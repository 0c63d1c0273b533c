/**
 * Link-pluginet for lovhenvisninger kørt gennem Astros rigtige Markdown-processor (som Starlights
 * egne tests i __tests__/markdown-processor gør), og dets fund, som tilbagelinks og byggerapporten bruger.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { laesBestemmelser } from '../../src/data/laes.ts';
import remarkLovhenvisninger from '../../src/plugins/remark-lovhenvisninger.ts';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ikkeLinkede, koerRemark, laesSider, lovhenvisningerIKilde, lovhenvisningerPaaSide, type SideFil } from '../../src/plugins/lovhenvisninger-i-kilde.ts';

const bestemmelser = laesBestemmelser();

/** Syntakstræet uden pluginet: de links, forfatteren selv har skrevet. */
function trae(side: SideFil): Root {
  let rod: Root | undefined;
  koerRemark({ tekst: side.krop, fil: side.fil, frontmatter: side.frontmatter }, [() => (t: Root) => void (rod = t)]);
  return rod!;
}
// Starlight slår direktiver (:::note[Titel]) til med remark-directive; det gør testen også.
const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  remarkPlugins: [remarkDirective, [remarkLovhenvisninger, { bestemmelser }]],
});

const render = async (md: string, frontmatter: Record<string, unknown> = {}) => (await processor.render(md, { frontmatter })).code;
const lovLinks = (html: string) => [...html.matchAll(/href="\/lovgivning\/([^/"#]+)\/"/g)].map((m) => m[1]);
const fund = (md: string, fil = 'side.md', frontmatter: Record<string, unknown> = {}) => lovhenvisningerIKilde({ tekst: md, fil, frontmatter }, bestemmelser);

describe('link-pluginet i Markdown-processoren', () => {
  it('linker en henvisning i brødtekst og melder den som linket', async () => {
    const md = 'Tilbuddet drives efter servicelovens § 104.\n';
    const html = await render(md);
    expect(html).toContain('servicelovens <a href="/lovgivning/serviceloven-104/">§ 104</a>');
    expect(fund(md).linket).toEqual([{ id: 'serviceloven-104', tekst: '§ 104', linje: 1 }]);
  });

  it('linker ikke i titlen på en boks; henvisningen meldes med linje og grund og giver intet tilbagelink', async () => {
    const md = 'Indledning.\n\n:::note[Om servicelovens § 104]\nEn forklaring uden paragraf.\n:::\n';
    const html = await render(md);
    expect(lovLinks(html)).toEqual([]);
    const f = fund(md);
    expect(f.linket).toEqual([]);
    expect(f.ikkeLinket).toEqual([{ tekst: '§ 104', linje: 3, grund: expect.stringContaining('titlen på en boks') }]);
  });

  it('linker i boksens tekst', async () => {
    const md = ':::note[Om paragraffen]\nSe servicelovens § 104.\n:::\n';
    expect(lovLinks(await render(md))).toEqual(['serviceloven-104']);
    expect(fund(md).linket.map((h) => h.id)).toEqual(['serviceloven-104']);
  });

  it('linker ikke i overskrifter, kode eller links og melder dem ikke', async () => {
    const md = '## Servicelovens § 104\n\n`§ 104`\n\n[servicelovens § 103](/vejledning/)\n';
    expect(lovLinks(await render(md))).toEqual([]);
    expect(fund(md)).toEqual({ linket: [], ikkeLinket: [] });
  });

  it('en flertydig paragraf linkes ikke og meldes; sidens lovStandard gør den entydig', async () => {
    const md = 'Handleplanen efter § 141.\n';
    expect(lovLinks(await render(md))).toEqual([]);
    expect(fund(md).ikkeLinket[0]).toMatchObject({ tekst: '§ 141', grund: expect.stringContaining('flere love') });
    const fm = { lovStandard: { lov: 'serviceloven' } };
    expect(lovLinks(await render(md, fm))).toEqual(['serviceloven-141']);
    expect(fund(md, 'side.md', fm).linket.map((h) => h.id)).toEqual(['serviceloven-141']);
  });

  it('MDX: tekst i en komponent linkes ikke, men meldes', () => {
    const md = "import X from './x.astro';\n\n<X>servicelovens § 104</X>\n\nOg servicelovens § 103.\n";
    const f = fund(md, 'side.mdx');
    expect(f.linket.map((h) => h.id)).toEqual(['serviceloven-103']);
    expect(f.ikkeLinket).toEqual([{ tekst: '§ 104', linje: 3, grund: expect.stringContaining('komponent') }]);
  });
});

describe('sitets sider', () => {
  const sider = laesSider();

  it('hver lovhenvisning på sitets sider er linket (ingen ukendte, flertydige eller i en boks-titel)', () => {
    expect(ikkeLinkede(sider, bestemmelser)).toEqual([]);
  }, 60_000);

  it('fundene (tilbagelinks) er netop de links, processoren skriver på hver Markdown-side, ud over de håndskrevne', async () => {
    for (const side of sider.filter((s) => s.fil.endsWith('.md'))) {
      const html = await render(side.krop, side.frontmatter);
      const haandskrevne = new Map<string, number>();
      visit(trae(side), 'link', (l) => {
        const id = /^\/lovgivning\/([^/#]+)\/$/.exec(l.url)?.[1];
        if (id) haandskrevne.set(id, (haandskrevne.get(id) ?? 0) + 1);
      });
      const pluginets = lovLinks(html).filter((id) => {
        const n = haandskrevne.get(id) ?? 0;
        haandskrevne.set(id, n - 1);
        return n <= 0;
      });
      const fundne = lovhenvisningerPaaSide(side, bestemmelser).linket.map((h) => h.id);
      expect(fundne.toSorted(), side.fil).toEqual(pluginets.toSorted());
    }
  }, 60_000);
});
