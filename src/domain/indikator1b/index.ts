/** Offentlig API for indikator 1.b-motoren. */
export { REGLER, REGEL_IDER, regelHref, type Regel, type RegelId, type RegelSide } from './regler.ts';
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
  scenarieSkema,
  personSkema,
  forloebSkema,
  valider,
  formaterSti,
  type Tilbudstype,
  type Kategori,
  type Fravaer,
  type Pension,
  type Rolle,
  type Forloeb,
  type Person,
  type Scenarie,
  type Validering,
} from './scenarie.ts';
export { INTERVALLER, intervallerSkema, laesIntervaller, type Intervaller, type Baand, type Score } from './intervaller.ts';
export { scoreForAndel, type ScoreResultat } from './score.ts';
export {
  vurderPerson,
  beregnScenarie,
  beregnFraAntal,
  gaelderFor,
  AntalFejl,
  ANTAL_FELTER,
  type Antal,
  type PersonVurdering,
  type Resultat,
  type Delresultat,
} from './beregn.ts';
export { udkastTilBedoemmelse } from './udkast.ts';
export { GRUPPER, vurderGruppe, taelGrupper } from './grupper.ts';
export type { Gruppe, GruppeOptaelling } from './grupper.ts';
