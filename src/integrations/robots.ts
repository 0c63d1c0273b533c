import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Skriver robots.txt. Med en adresse (SITE_URL) peger den på sitemap'et under understien; uden adresse
 * har filen ingen absolut URL (og Starlight laver intet sitemap).
 */
export function robotsTekst(site: string | undefined, base: string): string {
  const linjer = ['User-agent: *', 'Allow: /'];
  if (site) linjer.push('', `Sitemap: ${new URL(`${base.replace(/\/$/, '')}/sitemap-index.xml`, site).href}`);
  return `${linjer.join('\n')}\n`;
}

export function robots(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'robots-txt',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('robots.txt', dir), robotsTekst(site, base));
        logger.info(site ? 'robots.txt med sitemap skrevet.' : 'robots.txt uden sitemap skrevet (SITE_URL er ikke sat).');
      },
    },
  };
}
