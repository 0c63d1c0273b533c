/**
 * Byggerapporten over lovhenvisninger, der ikke kunne linkes, kommer fra link-pluginet selv (se
 * src/plugins/lovhenvisninger-i-kilde.ts). Denne fil videresender kun, så integrationen i
 * astro.config.mjs kan importere som før; den kan slettes, når integrationen flytter.
 */
export { ikkeLinkede, laesSider, type Rapportlinje, type SideFil } from '../../plugins/lovhenvisninger-i-kilde.ts';
