import type { AstroIntegration } from 'astro';
import type { Bestemmelse } from '../schemas/lovgivning.ts';
import { laesSider, ikkeLinkede } from '../plugins/lovhenvisninger-i-kilde.ts';

/** Lister ved bygning de lovhenvisninger, der ikke kunne linkes (ukendte eller flertydige). */
export function lovhenvisningsRapport(bestemmelser: Bestemmelse[]): AstroIntegration {
  return {
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
}
