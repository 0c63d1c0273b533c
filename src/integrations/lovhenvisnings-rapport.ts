import type { AstroIntegration } from 'astro';
import { efterBygning } from './efter-bygning.ts';
import type { Bestemmelse } from '../schemas/lovgivning.ts';
import { laesSider, ikkeLinkede } from '../plugins/lovhenvisninger-i-kilde.ts';

/** Lister ved bygning de lovhenvisninger, der ikke kunne linkes (ukendte eller flertydige). */
export const lovhenvisningsRapport = (bestemmelser: Bestemmelse[]): AstroIntegration =>
  efterBygning('lovhenvisninger-rapport', ({ logger }) => {
    const linjer = ikkeLinkede(laesSider(), bestemmelser);
    if (linjer.length === 0) logger.info('Alle lovhenvisninger er linket til lovoversigten.');
    else {
      logger.warn(`${linjer.length} lovhenvisninger er ikke linket (ukendte eller flertydige):`);
      for (const l of linjer) logger.warn(`  ${l.fil}:${l.linje}  ${l.tekst}  – ${l.grund}`);
    }
  });
