/**
 * Offline: efter bygningen laver Workbox (workbox-build) en service worker, der forhåndsgemmer hele sitet
 * – sider, øernes scripts, stylesheets og Pagefinds indeks og WebAssembly – så en konsulent, der har
 * åbnet sitet én gang, kan læse, søge og bruge værktøjerne uden net. Registreringen og beskeden om en ny
 * version står i src/scripts/offline.ts.
 *
 * @vite-pwa/astro understøtter kun Astro op til 5, derfor kaldes workbox-build direkte her.
 */
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import type { AstroIntegration } from 'astro';
import { efterBygning } from './efter-bygning.ts';

/** Filer, der ikke skal med: Pagefinds brugerflader, som Starlight ikke bruger, og service workeren selv. */
const UDEN = ['pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js', 'sw.js', 'workbox-*.js'];

export interface Forhaandslager {
  filer: number;
  bytes: number;
}

export async function lavServiceWorker(dist: string, base: string): Promise<Forhaandslager> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: UDEN,
    swDest: `${dist}/sw.js`,
    // Stierne i forhåndslageret med understien, fx "/tema1/vejledning/index.html".
    modifyURLPrefix: { '': base.endsWith('/') ? base : `${base}/` },
    // Pagefinds filer og siderne kan være op til et par MB; intet må falde stille ud.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Værktøjernes tilstand står i adressen (?tilbud=…): siden er den samme uden net.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // En ny version venter, til brugeren vælger at hente den (beskeden i sidefoden).
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length) throw new Error(`Service workeren kunne ikke laves uden advarsler:\n${warnings.join('\n')}`);
  return { filer: count, bytes: size };
}

export const offline = (): AstroIntegration =>
  efterBygning('offline', async ({ dir, base, logger }) => {
    const { filer, bytes } = await lavServiceWorker(fileURLToPath(dir).replace(/\/$/, ''), base);
    logger.info(`Service worker: ${filer} filer (${(bytes / 1024 / 1024).toFixed(1)} MB) gemmes til brug uden net.`);
  });
