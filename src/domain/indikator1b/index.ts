/**
 * Offentlig API for indikator 1.b: regler, læsninger, beregning, udkast og scenarieskema. Bruges af
 * sider, øer, CLI'en og testene. Skemaet er skrevet i zod/mini, så modulet også kan bruges i browseren;
 * fuld Zod må ikke importeres af browserkode (ESLint-reglen no-restricted-imports).
 */
export { REGLER, REGEL_IDER, regelHref } from './regler.ts';
export type { Regel, RegelId, RegelSide } from './regler.ts';
export * from './navne.ts';
export * from './laesninger.ts';
export * from './beregn.ts';
export { scenarieSkema, personSkema, forloebSkema, valider, formaterSti, type Validering } from './scenarie.ts';
export type { Forloeb, Person, Scenarie } from './scenarie.ts';
export { udkastTilBedoemmelse, procentTekst, gruppeSaetning, type UdkastInput } from './udkast.ts';
export { GRUPPER, MAKS_PERSONER, gruppeEnheder, laesAntal, type HurtigGruppe, type AntalFelt } from './grupper.ts';
