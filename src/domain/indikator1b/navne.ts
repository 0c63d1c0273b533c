/**
 * Tilbudstyper, kategorier, fraværstyper, pensioner og roller med deres danske navne. Tilbudstyperne
 * læses fra kvalitetsmodellens data (content/data/tilbudstyper.json), så de kun står ét sted.
 */
import tilbudstyperJson from '../../../content/data/tilbudstyper.json' with { type: 'json' };

/** Tilbudstyperne står ét sted, i content/data/tilbudstyper.json (kvalitetsmodellens typer). */
export const TILBUDSTYPER = tilbudstyperJson.map((t) => t.id);
export type Tilbudstype = string;

/** Ældre scenarier brugte "andet"; det læses som "andet-voksne". */
export const TILBUDSTYPE_ALIASER: Record<string, string> = { andet: 'andet-voksne' };

export const KATEGORIER = [
  'ordinaer-uddannelse',
  'ordinaer-beskaeftigelse',
  'stu',
  'specialundervisning-voksne',
  'veu',
  'sel-103',
  'saerligt-tilrettelagt-beskaeftigelse',
  'saerligt-beskaeftigelsestilbud-unge',
  'sel-104',
  'andet-saerligt-tilbud',
  'dagtilbud',
  'grundskole',
  'egen-aktivitet',
] as const;
export type Kategori = (typeof KATEGORIER)[number];

export const FRAVAERSTYPER = ['midlertidigt', 'orlov', 'sygemeldt'] as const;
export type Fravaer = (typeof FRAVAERSTYPER)[number];

export const PENSIONER = ['folkepension', 'foertidspension'] as const;
export type Pension = (typeof PENSIONER)[number];

export const ROLLER = ['borger', 'barn'] as const;
export type Rolle = (typeof ROLLER)[number];

export const TILBUDSTYPE_NAVNE: Record<Tilbudstype, string> = Object.fromEntries(tilbudstyperJson.map((t) => [t.id, t.navn]));

export const KATEGORI_NAVNE: Record<Kategori, string> = {
  'ordinaer-uddannelse': 'Ordinær uddannelse',
  'ordinaer-beskaeftigelse': 'Ordinær beskæftigelse',
  stu: 'Ungdomsuddannelse for unge med særlige behov (STU)',
  'specialundervisning-voksne': 'Specialundervisning for voksne',
  veu: 'Jobrettet voksen- og efteruddannelse (VEU)',
  'sel-103': 'Beskyttet beskæftigelse efter § 103 i serviceloven',
  'saerligt-tilrettelagt-beskaeftigelse': 'Særligt tilrettelagt beskæftigelsesforløb',
  'saerligt-beskaeftigelsestilbud-unge': 'Særligt beskæftigelsestilbud for unge',
  'sel-104': 'Samværs- og aktivitetstilbud efter servicelovens § 104',
  'andet-saerligt-tilbud': 'Andet særligt tilbud inden for lovgivningen',
  dagtilbud: 'Dagtilbud',
  grundskole: 'Grundskoletilbud',
  'egen-aktivitet': 'Tilbuddets egen aktivitet',
};

export const FRAVAER_NAVNE: Record<Fravaer, string> = {
  midlertidigt: 'midlertidigt fraværende på grund af opholdet',
  orlov: 'på orlov',
  sygemeldt: 'sygemeldt',
};

export const PENSION_NAVNE: Record<Pension, string> = {
  folkepension: 'folkepension',
  foertidspension: 'førtidspension',
};

export const ROLLE_NAVNE: Record<Rolle, string> = {
  borger: 'borger',
  barn: 'medfølgende barn',
};

/** Udfaldet for en person med de ord, siderne, øerne og kommandolinjen bruger. */
export const UDFALD_NAVNE = {
  taeller: 'tæller med',
  'taeller-ikke': 'tæller ikke med',
  udelades: 'udelades af grundlaget',
} as const;
