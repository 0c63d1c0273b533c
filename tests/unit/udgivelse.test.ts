import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { medBase, normaliserBase, sti, udenBase } from '../../src/utils/stier.ts';
import rehypeBaseSti from '../../src/plugins/rehype-base-sti.ts';
import { robotsTekst } from '../../src/integrations/robots.ts';
import { CSP_HEADER } from '../../src/integrations/csp.ts';
import { laesSiteUrl } from '../../src/utils/udgivelse.ts';
import { byggSidebar } from '../../src/integrations/sidebar.ts';
import { genereredeRuter, genereretLinkFindes } from '../../src/integrations/ruter.ts';
import { laesSider, type SideFil } from '../../src/plugins/lovhenvisninger-i-kilde.ts';
import { laesBegreber, laesBestemmelser } from '../../src/data/laes.ts';
import temaer from '../../content/data/kvalitetsmodel/temaer.json' with { type: 'json' };

const ruter = genereredeRuter({ temaer, bestemmelser: laesBestemmelser(), begreber: laesBegreber() });

describe('stier og understi', () => {
  it('normaliserer BASE_PATH og giver kun sitestier understien', () => {
    expect(normaliserBase('/tema1/')).toBe('/tema1');
    expect(normaliserBase('tema1')).toBe('/tema1');
    expect(normaliserBase('/')).toBe('');
    expect(medBase('/begreber/#stu', '/tema1')).toBe('/tema1/begreber/#stu');
    expect(medBase('/tema1/kilder/', '/tema1')).toBe('/tema1/kilder/');
    expect(medBase('#intervaller', '/tema1')).toBe('#intervaller');
    expect(medBase('//cdn.example/x.js', '/tema1')).toBe('//cdn.example/x.js');
    expect(medBase('https://example.dk/', '/tema1')).toBe('https://example.dk/');
    expect(medBase('/kilder/', '')).toBe('/kilder/');
    expect(udenBase('/tema1/kilder/', '/tema1')).toBe('/kilder/');
  });

  it('stierne har samme form som sitets sider', () => {
    expect(sti.side('index')).toBe('/');
    expect(sti.side('vejledning/index')).toBe('/vejledning/');
    expect(sti.indikator(1, '1.b')).toBe('/kvalitetsmodellen/tema-1/#indikator-1-b');
    expect(sti.lovPost('serviceloven-104')).toBe('/lovgivning/serviceloven-104/');
    expect(sti.afsnit('/vejledning/indikator-1b/', 'Borgere på folkepension')).toBe('/vejledning/indikator-1b/#borgere-paa-folkepension');
  });

  it('rehype-base-sti giver links i Markdown og MDX-komponenter understien', () => {
    const træ = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: '/vejledning/' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: '#anker' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: 'https://example.dk/' }, children: [] },
        { type: 'mdxJsxFlowElement', name: 'LinkCard', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/oevelser/' }], children: [] },
      ],
    } as unknown as Root;
    rehypeBaseSti({ base: '/tema1' })(træ);
    const b = træ.children as { properties?: { href?: string }; attributes: { value: string }[] }[];
    expect(b.map((n) => n.properties?.href ?? n.attributes[0].value)).toEqual(['/tema1/vejledning/', '#anker', 'https://example.dk/', '/tema1/oevelser/']);
  });
});

describe('udgivelsens filer', () => {
  it('robots.txt har kun en Sitemap-linje (absolut), når SITE_URL er sat', () => {
    expect(robotsTekst(undefined, '/')).not.toMatch(/https?:/);
    expect(robotsTekst('https://vejledning.example.dk', '/tema1/')).toContain('Sitemap: https://vejledning.example.dk/tema1/sitemap-index.xml');
    expect(robotsTekst('https://vejledning.example.dk', '/')).toContain('Sitemap: https://vejledning.example.dk/sitemap-index.xml');
  });

  it('SITE_URL er kun en adresse; understien hører til BASE_PATH', () => {
    expect(laesSiteUrl('https://vejledning.example.dk/')).toBe('https://vejledning.example.dk');
    expect(laesSiteUrl(undefined)).toBeUndefined();
    expect(() => laesSiteUrl('https://vejledning.example.dk/tema1')).toThrow(/BASE_PATH/);
    expect(() => laesSiteUrl('vejledning.example.dk')).toThrow(/SITE_URL/);
  });

  it('deploy/nginx.conf sender samme CSP som src/integrations/csp.ts', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
    expect(header).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });
});

describe('sidebjælken og de genererede ruter', () => {
  const sider = laesSider();

  it('rækkefølgen følger sidebar.order i frontmatter, og de genererede temasider står i kvalitetsmodellen', () => {
    type Punkt = string | { label?: string; link?: string; items?: Punkt[] };
    const bjaelke = byggSidebar(sider, ruter) as { label: string; items: Punkt[] }[];
    const vejledning = bjaelke.find((g) => g.label === 'Vejledningen')!.items;
    expect(vejledning.slice(0, 3)).toEqual(['vejledning', 'vejledning/om-vejledningen', 'vejledning/hvorfor-temaet-er-relevant']);
    expect(vejledning[3]).toMatchObject({ label: 'De syv tilgange' });
    const model = bjaelke.find((g) => g.label === 'Kvalitetsmodellen')!.items;
    expect(model.filter((p) => typeof p === 'object' && p.link?.startsWith('/kvalitetsmodellen/tema-'))).toHaveLength(temaer.length);
    const om = bjaelke.find((g) => g.label === 'Om sitet')!.items;
    expect(om).toContainEqual({ label: 'Tilgængelighedserklæring', link: '/tilgaengelighedserklaering/' });
  });

  it('to sider i samme gruppe med samme sidebar.order stopper bygningen med begge filnavne', () => {
    const dobbelt: SideFil[] = sider.map((s) =>
      s.fil.endsWith('vive/vidensgrundlag.md') ? { ...s, frontmatter: { ...s.frontmatter, sidebar: { order: 10 } } } : s,
    );
    expect(() => byggSidebar(dobbelt, ruter)).toThrow(/vidensgrundlag\.md.*sidebar\.order 10|skibbyhoej\.md.*vidensgrundlag\.md/);
  });

  it('link-tjekket godtager kun genererede sider og ankre, der findes', () => {
    expect(genereretLinkFindes(ruter, '/lovgivning/serviceloven-104/', '')).toBe(true);
    expect(genereretLinkFindes(ruter, '/tema1/lovgivning/serviceloven-104/', '/tema1')).toBe(true);
    expect(genereretLinkFindes(ruter, '/lovgivning/findes-ikke/', '')).toBe(false);
    expect(genereretLinkFindes(ruter, '/begreber/#findes-ikke', '')).toBe(false);
    expect(genereretLinkFindes(ruter, `/begreber/#${laesBegreber()[0].id}`, '')).toBe(true);
    expect(genereretLinkFindes(ruter, '/kvalitetsmodellen/tema-8/', '')).toBe(false);
  });
});
