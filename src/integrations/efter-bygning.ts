import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface FaerdigBygning {
  /** Mappen med det byggede site (dist/). */
  dir: URL;
  /** Sitets adresse (SITE_URL), hvis den er sat. */
  site: string | undefined;
  /** Understien, fx "/" eller "/tema1/". */
  base: string;
  logger: AstroIntegrationLogger;
}

/**
 * Et byggetrin, der arbejder på det færdige site (robots.txt, service workeren, lovhenvisningsrapporten).
 * Astro giver ikke konfigurationen til `astro:build:done`; her huskes adressen og understien fra
 * `astro:config:done`, så hvert trin får dem sammen med mappen og loggeren.
 */
export function efterBygning(name: string, trin: (bygning: FaerdigBygning) => void | Promise<void>): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => trin({ dir, site, base, logger }),
    },
  };
}
