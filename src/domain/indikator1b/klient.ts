/**
 * Indgang til motoren for browserens øer: samme regler og beregninger som index.ts, men uden Zod.
 * Skemaerne (scenarie.ts, intervaller.ts) bruges kun på serveren; øerne får valideret data og
 * intervallerne som props og giver intervallerne med til beregningerne.
 *
 * Brug kun `export type` til typer fra moduler med Zod, så de ikke trækkes med i browserens bundle.
 */
export { REGLER, REGEL_IDER, regelHref } from './regler.ts';
export type { Regel, RegelId, RegelSide } from './regler.ts';
export {
  TILBUDSTYPER,
  KATEGORIER,
  FRAVAERSTYPER,
  PENSIONER,
  ROLLER,
  TILBUDSTYPE_NAVNE,
  KATEGORI_NAVNE,
  FRAVAER_NAVNE,
  PENSION_NAVNE,
  ROLLE_NAVNE,
} from './navne.ts';
export type { Tilbudstype, Kategori, Fravaer, Pension, Rolle } from './navne.ts';
export type { Forloeb, Person, Scenarie } from './scenarie.ts';
export type { Intervaller, Baand, Score } from './intervaller.ts';
export { scoreForAndel } from './score-kerne.ts';
export type { ScoreResultat } from './score-kerne.ts';
export { vurderPerson, beregnScenarie, beregnFraAntal, gaelderFor, AntalFejl, ANTAL_FELTER } from './beregn-kerne.ts';
export type { Antal, PersonVurdering, Resultat, Delresultat } from './beregn-kerne.ts';
export { udkastTilBedoemmelse } from './udkast.ts';
export { GRUPPER, vurderGruppe, taelGrupper } from './grupper.ts';
export type { Gruppe, GruppeOptaelling } from './grupper.ts';
