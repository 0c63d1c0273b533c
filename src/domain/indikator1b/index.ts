/**
 * Offentlig API for indikator 1.b: regler, læsninger, beregning og udkast. Bruges af sider, øer,
 * CLI'en og testene. Ingen Zod her: scenarieskemaet står i src/schemas/scenarie.ts og bruges ved
 * bygning, i CLI'en og i testene (ESLint forbyder zod i browserkode).
 */
export { REGLER, REGEL_IDER, regelHref } from './regler.ts';
export type { Regel, RegelId, RegelSide } from './regler.ts';
export * from './navne.ts';
export * from './laesninger.ts';
export * from './beregn.ts';
export type { Forloeb, Person, Scenarie } from './typer.ts';
export { udkastTilBedoemmelse, procentTekst, andelTekst, gruppeSaetning, type UdkastInput } from './udkast.ts';
export { GRUPPER, MAKS_PERSONER, gruppeEnheder, laesAntal, type HurtigGruppe, type AntalFelt } from './grupper.ts';
