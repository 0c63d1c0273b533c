/**
 * Sitets Content Security Policy, ét sted. Astro lægger den i et meta-element på hver side sammen med
 * hashes for sidens scripts og stylesheets (security.csp i astro.config.mjs). deploy/nginx.conf sender de
 * direktiver, der ikke afhænger af siden (CSP_HEADER), som header, plus frame-ancestors, som et
 * meta-element ikke kan sætte. Browseren håndhæver begge politikker.
 *
 * Intet fra andre værter. 'wasm-unsafe-eval' er med, fordi Pagefinds søgning er WebAssembly.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Direktiv = NonNullable<Csp['directives']>[number];
type Hash = NonNullable<NonNullable<Csp['scriptDirective']>['hashes']>[number];

export const CSP_DIREKTIVER: Direktiv[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

export const CSP_SCRIPT_KILDER: string[] = ["'self'", "'wasm-unsafe-eval'"];
/**
 * Starlight sætter style-attributter i sin HTML (ikonstørrelser, søgedialogen). Kun attributter, ikke
 * <style>-elementer, må derfor være inline; de kan ikke køre kode.
 */
export const CSP_STIL_KILDER = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }];

/** Starlights komponenter med `<script is:inline>`, som Astros CSP ikke selv hasher. */
const STARLIGHT_INLINE = [
  'components/ThemeProvider.astro',
  'components/ThemeSelect.astro',
  'components/Search.astro',
  'components/SidebarPersister.astro',
  'user-components/Tabs.astro',
];

/**
 * SHA-256-hashes af Starlights inline-scripts, læst fra Starlights egne kildefiler, så politikken følger
 * med, når Starlight opdateres (CSP-browsertesten fejler, hvis en hash ikke passer).
 */
export function starlightInlineHashes(): Hash[] {
  // Pakkens hovedindgang er dist/index.js; komponenterne ligger ved siden af.
  const rod = new URL('./', import.meta.resolve('@astrojs/starlight'));
  const hashes: Hash[] = [];
  for (const fil of STARLIGHT_INLINE) {
    const kilde = readFileSync(new URL(fil, rod), 'utf8');
    for (const m of kilde.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.push(`sha256-${createHash('sha256').update(m[1]).digest('base64')}` as const);
    }
  }
  return hashes;
}

/** Header-delen: alt undtagen script-src og style-src (de kræver sidens hashes og står i meta-elementet). */
export const CSP_HEADER = [...CSP_DIREKTIVER.filter((d) => !d.startsWith('default-src')), "frame-ancestors 'none'"].join('; ');
