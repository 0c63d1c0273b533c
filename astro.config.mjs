// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import temaer from './content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import rehypeAsciiHeadingIds from './src/plugins/rehype-ascii-heading-ids.ts';

const temaSider = new Set(temaer.map((t) => `/kvalitetsmodellen/tema-${t.nummer}/`));

/** Sider, der genereres fra data (ikke fra content/docs), registreres her i stedet for i en pages-mappe. */
const genereredeSider = {
  name: 'genererede-sider',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '/kvalitetsmodellen/[tema]', entrypoint: './src/routes/kvalitetsmodel-tema.astro' });
    },
  },
};

export default defineConfig({
  site: 'http://localhost:4321',
  // Projektets rod er Astros srcDir, så indholdet ligger i content/ (content/docs, content/i18n) på øverste
  // niveau, som Starlight og dets link-tjek forventer under srcDir. Koden ligger i src/.
  srcDir: '.',
  trailingSlash: 'always',
  markdown: {
    processor: unified({ rehypePlugins: [rehypeAsciiHeadingIds] }),
  },
  integrations: [
    starlight({
      title: 'Tema 1: Uddannelse og beskæftigelse',
      description: 'Vejledning, cases, lovgivning og øvelser til kvalitetsmodellens tema 1 for sociale tilbud til voksne.',
      defaultLocale: 'root',
      locales: { root: { label: 'Dansk', lang: 'da' } },
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/site.css'],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      sidebar: [
        {
          label: 'Vejledningen',
          items: [
            'vejledning',
            'vejledning/om-vejledningen',
            'vejledning/hvorfor-temaet-er-relevant',
            { label: 'De syv tilgange', collapsed: true, items: [{ autogenerate: { directory: 'vejledning/tilgange' } }] },
            'vejledning/saerlige-tilbud',
            'vejledning/indikator-1a',
            'vejledning/indikator-1b',
            'vejledning/kriterium-1',
            'vejledning/andre-forhold',
            'vejledning/temaet',
            'vejledning/videre-laesning',
          ],
        },
        {
          label: 'Kvalitetsmodellen',
          items: [
            'kvalitetsmodellen',
            ...temaer.map((t) => ({ label: `Tema ${t.nummer}: ${t.navn}`, link: `/kvalitetsmodellen/tema-${t.nummer}/` })),
          ],
        },
        {
          label: 'Cases fra praksis',
          items: [
            'cases',
            {
              label: 'VIVE 2021',
              collapsed: true,
              items: [
                'cases/vive',
                'cases/vive/temaets-indhold',
                { label: 'Tre potentialer', items: [{ autogenerate: { directory: 'cases/vive/potentialer' } }] },
                'cases/vive/skibbyhoej',
                'cases/vive/bostedet-aars',
                'cases/vive/dalhoffsminde',
                'cases/vive/rusmiddelcenter-randers',
                'cases/vive/krisecenter-odense',
                'cases/vive/ekspertvurderinger',
                'cases/vive/vidensgrundlag',
              ],
            },
            { label: 'Brugerundersøgelsen (ca. 2006)', collapsed: true, items: [{ autogenerate: { directory: 'cases/brugerundersoegelse' } }] },
          ],
        },
        { label: 'Om sitet', items: ['kilder'] },
      ],
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          errorOnInvalidHashes: true,
          // Temasiderne genereres fra data og kendes ikke af link-tjekket: kun eksisterende temaer godtages.
          exclude: ({ link }) => temaSider.has(link.split('#')[0]),
        }),
      ],
    }),
    preact(),
    genereredeSider,
  ],
});
