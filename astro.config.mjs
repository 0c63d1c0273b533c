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
        { label: 'Vejledningen', items: [{ autogenerate: { directory: 'vejledning' } }] },
        {
          label: 'Kvalitetsmodellen',
          items: [
            'kvalitetsmodellen',
            ...temaer.map((t) => ({ label: `Tema ${t.nummer}: ${t.navn}`, link: `/kvalitetsmodellen/tema-${t.nummer}/` })),
          ],
        },
        { label: 'Cases', items: [{ autogenerate: { directory: 'cases' } }] },
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
