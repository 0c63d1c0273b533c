// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import temaer from './content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import remarkLovhenvisninger from './src/plugins/remark-lovhenvisninger.ts';
import { laesBestemmelser } from './src/domain/lovhenvisninger/data.ts';
import { laesSider, ikkeLinkede } from './src/domain/lovhenvisninger/rapport.ts';
import remarkBegreber from './src/plugins/remark-begreber.ts';
import { laesBegreber } from './src/domain/begreber/data.ts';
import rehypeTabelRulning from './src/plugins/rehype-tabel-rulning.ts';
import rehypeAsciiHeadingIds from './src/plugins/rehype-ascii-heading-ids.ts';
import { soegeordPlugin } from './src/soegning/vite-plugin.ts';

const bestemmelser = laesBestemmelser();
const begreber = laesBegreber();
const begrebIder = new Set(begreber.map((b) => b.id));
const lovSider = new Set(['/lovgivning/', ...bestemmelser.map((b) => `/lovgivning/${b.id}/`)]);

/**
 * Lister ved bygning de lovhenvisninger, der ikke kunne linkes (ukendte eller flertydige).
 * @type {import('astro').AstroIntegration}
 */
const lovhenvisningsRapport = {
  name: 'lovhenvisninger-rapport',
  hooks: {
    'astro:build:done': ({ logger }) => {
      const linjer = ikkeLinkede(laesSider(), bestemmelser);
      if (linjer.length === 0) logger.info('Alle lovhenvisninger er linket til lovoversigten.');
      else {
        logger.warn(`${linjer.length} lovhenvisninger er ikke linket (ukendte eller flertydige):`);
        for (const l of linjer) logger.warn(`  ${l.fil}:${l.linje}  ${l.tekst}  – ${l.grund}`);
      }
    },
  },
};

const temaSider = new Set(temaer.map((t) => `/kvalitetsmodellen/tema-${t.nummer}/`));

/**
 * Sider, der genereres fra data (ikke fra content/docs), registreres her i stedet for i en pages-mappe.
 * @type {import('astro').AstroIntegration}
 */
const genereredeSider = {
  name: 'genererede-sider',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '/kvalitetsmodellen/[tema]', entrypoint: './src/routes/kvalitetsmodel-tema.astro' });
      injectRoute({ pattern: '/lovgivning', entrypoint: './src/routes/lov-oversigt.astro' });
      injectRoute({ pattern: '/begreber', entrypoint: './src/routes/begreber.astro' });
      injectRoute({ pattern: '/lovgivning/[id]', entrypoint: './src/routes/lov-post.astro' });
    },
  },
};

export default defineConfig({
  site: 'http://localhost:4321',
  // Projektets rod er Astros srcDir, så indholdet ligger i content/ (content/docs, content/i18n) på øverste
  // niveau, som Starlight og dets link-tjek forventer under srcDir. Koden ligger i src/.
  srcDir: '.',
  trailingSlash: 'always',
  // Søgningen omskriver søgeord til sitets ord (content/data/soegeord-synonymer.json), før Pagefind søger.
  vite: { plugins: [soegeordPlugin()] },
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkLovhenvisninger, { bestemmelser }],
        [remarkBegreber, { begreber }],
      ],
      rehypePlugins: [rehypeAsciiHeadingIds, rehypeTabelRulning],
    }),
  },
  integrations: [
    // Før Starlight, så rapporten også vises, når link-tjekket stopper bygningen.
    lovhenvisningsRapport,
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
        PageTitle: './src/components/PageTitle.astro',
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
            'kvalitetsmodellen/hvilke-indikatorer-gaelder',
            'kvalitetsmodellen/spindelvaev',
            ...temaer.map((t) => ({ label: `Tema ${t.nummer}: ${t.navn}`, link: `/kvalitetsmodellen/tema-${t.nummer}/` })),
          ],
        },
        { label: 'Øvelser i indikator 1.b', items: [{ autogenerate: { directory: 'oevelser' } }] },
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
        {
          label: 'Lovgivning og begreber',
          items: [
            { label: 'Lovoversigten', link: '/lovgivning/' },
            { autogenerate: { directory: 'lovgivning' } },
            { label: 'Begreber', link: '/begreber/' },
          ],
        },
        { label: 'Om sitet', items: ['kilder'] },
      ],
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          errorOnInvalidHashes: true,
          // Sider genereret fra data (temaer, lovposter, begreber) kendes ikke af link-tjekket: kun eksisterende godtages.
          exclude: ({ link }) => {
            const [sti, anker] = link.split('#');
            if (sti === '/begreber/') return !anker || begrebIder.has(anker);
            return temaSider.has(sti) || lovSider.has(sti);
          },
        }),
      ],
    }),
    preact(),
    genereredeSider,
  ],
});
