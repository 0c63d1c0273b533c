import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { efterBygning } from './efter-bygning.ts';

/**
 * Skriver robots.txt. Med en adresse (SITE_URL) peger den på sitemap'et under understien; uden adresse
 * har filen ingen absolut URL (og Starlight laver intet sitemap).
 */
export function robotsTekst(site: string | undefined, base: string): string {
  const linjer = ['User-agent: *', 'Allow: /'];
  if (site) linjer.push('', `Sitemap: ${new URL(`${base.replace(/\/$/, '')}/sitemap-index.xml`, site).href}`);
  return `${linjer.join('\n')}\n`;
}

export const robots = (): AstroIntegration =>
  efterBygning('robots-txt', ({ dir, site, base, logger }) => {
    writeFileSync(new URL('robots.txt', dir), robotsTekst(site, base));
    logger.info(site ? 'robots.txt med sitemap skrevet.' : 'robots.txt uden sitemap skrevet (SITE_URL er ikke sat).');
  });
