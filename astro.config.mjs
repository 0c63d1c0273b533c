// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import temaer from './content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import remarkLovhenvisninger from './src/plugins/remark-lovhenvisninger.ts';
import { laesBegreber, laesBestemmelser } from './src/data/laes.ts';
import { laesSider } from './src/plugins/lovhenvisninger-i-kilde.ts';
import remarkBegreber from './src/plugins/remark-begreber.ts';
import rehypeTabelRulning from './src/plugins/rehype-tabel-rulning.ts';
import rehypeAsciiHeadingIds from './src/plugins/rehype-ascii-heading-ids.ts';
import { soegeordPlugin } from './src/soegning/vite-plugin.ts';
import rehypeBaseSti from './src/plugins/rehype-base-sti.ts';
import { genereredeRuter, genereretLinkFindes } from './src/integrations/ruter.ts';
import { genereredeSider } from './src/integrations/genererede-sider.ts';
import { lovhenvisningsRapport } from './src/integrations/lovhenvisnings-rapport.ts';
import { byggSidebar } from './src/integrations/sidebar.ts';
import { offline } from './src/integrations/offline.ts';
import { robots } from './src/integrations/robots.ts';
import { CSP_DIREKTIVER, CSP_SCRIPT_KILDER, CSP_STIL_KILDER, starlightInlineHashes } from './src/integrations/csp.ts';
import { SITE_URL, BASE_PATH } from './src/utils/udgivelse.ts';

const bestemmelser = laesBestemmelser();
const begreber = laesBegreber();
const ruter = genereredeRuter({ temaer, bestemmelser, begreber });

export default defineConfig({
  // SITE_URL og BASE_PATH sættes ved bygning (se README, "Publish"). Uden SITE_URL har sitet ingen
  // absolutte adresser: ingen kanoniske links og intet sitemap.
  site: SITE_URL,
  base: BASE_PATH || '/',
  // Projektets rod er Astros srcDir, så indholdet ligger i content/ (content/docs, content/i18n) på øverste
  // niveau, som Starlight og dets link-tjek forventer under srcDir. Koden ligger i src/.
  srcDir: '.',
  trailingSlash: 'always',
  // Søgningen omskriver søgeord til sitets ord (content/data/soegeord-synonymer.json), før Pagefind søger.
  vite: { plugins: [soegeordPlugin()] },
  // Stylesheets som filer, ikke inline: Astro hasher ikke altid et inlinet stylesheet, som en ø importerer
  // (fx vaerktoejer.css på spindelvævet), og filerne kan caches på tværs af sider.
  build: { inlineStylesheets: 'never' },
  security: {
    // Astros indbyggede CSP: hashes for hvert script og stylesheet, sitet selv bruger, i et meta-element
    // på hver side. Samme politik sendes som header af deploy/nginx.conf (med frame-ancestors).
    csp: {
      algorithm: 'SHA-256',
      directives: CSP_DIREKTIVER,
      scriptDirective: { resources: CSP_SCRIPT_KILDER, hashes: starlightInlineHashes() },
      styleDirective: { resources: CSP_STIL_KILDER },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkLovhenvisninger, { bestemmelser }],
        [remarkBegreber, { begreber }],
      ],
      // rehypeBaseSti før link-tjekket (som Starlight-pluginet lægger til sidst), der forventer understien.
      rehypePlugins: [rehypeAsciiHeadingIds, rehypeTabelRulning, [rehypeBaseSti, { base: BASE_PATH }]],
    }),
  },
  integrations: [
    // Før Starlight, så rapporten også vises, når link-tjekket stopper bygningen.
    lovhenvisningsRapport(bestemmelser),
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
        Footer: './src/components/Footer.astro',
        SiteTitle: './src/components/SiteTitle.astro',
      },
      sidebar: byggSidebar(laesSider(), ruter),
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          errorOnInvalidHashes: true,
          // Sider genereret fra data kendes ikke af link-tjekket: kun de sider og ankre, ruterne bygger, godtages.
          exclude: ({ link }) => genereretLinkFindes(ruter, link, BASE_PATH),
        }),
      ],
    }),
    preact(),
    genereredeSider(ruter),
    robots(),
    // Sidst: service workeren skal se hele dist/, også Pagefinds indeks.
    offline(),
  ],
});
