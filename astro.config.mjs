// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import rehypeAsciiHeadingIds from './src/plugins/rehype-ascii-heading-ids.ts';

export default defineConfig({
  site: 'http://localhost:4321',
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
      },
      sidebar: [
        { label: 'Vejledningen', items: [{ autogenerate: { directory: 'vejledning' } }] },
        { label: 'Kvalitetsmodellen', items: [{ autogenerate: { directory: 'kvalitetsmodellen' } }] },
        { label: 'Cases', items: [{ autogenerate: { directory: 'cases' } }] },
        { label: 'Om sitet', items: ['kilder'] },
      ],
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
    }),
    preact(),
  ],
});
