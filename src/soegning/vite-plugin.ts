/**
 * Vite-plugin, der giver Starlights søgning sitets omskrivning af søgeord: importen af
 * '@pagefind/default-ui' (i Starlights Search.astro) peger på src/soegning/pagefind-ui.ts, der
 * tilføjer `processTerm`. Validerer også content/data/soegeord-synonymer.json, så en fejl stopper
 * bygningen med fil og felt.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { soegeordSkema } from '../schemas/soegning.ts';

const INDPAKNING = fileURLToPath(new URL('./pagefind-ui.ts', import.meta.url));
const DATA = fileURLToPath(new URL('../../content/data/soegeord-synonymer.json', import.meta.url));

export function soegeordPlugin(): Plugin {
  return {
    name: 'soegeord-omskrivning',
    enforce: 'pre',
    buildStart() {
      const res = soegeordSkema.safeParse(JSON.parse(readFileSync(DATA, 'utf8')));
      if (!res.success) {
        const fejl = res.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
        throw new Error(`content/data/soegeord-synonymer.json er ugyldig:\n${fejl}`);
      }
    },
    async resolveId(kilde, importer) {
      if (kilde !== '@pagefind/default-ui' || importer === INDPAKNING) return null;
      return INDPAKNING;
    },
  };
}
