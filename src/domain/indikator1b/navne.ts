/**
 * Tilbudstyper, kategorier, fraværstyper, pensioner og roller med deres danske navne. Ligger for sig
 * uden Zod, så browserens øer kan bruge navnene uden at få skemaet med (scenarie.ts bygger på dem).
 */
export const TILBUDSTYPER = [
  'sel-101',
  'sel-107',
  'sel-108',
  'sel-109',
  'sel-110',
  'barnets-lov-43-1-6',
  'barnets-lov-43-1-7',
  'barnets-lov-43-3',
  'sundhedsloven-141',
  'andet',
] as const;
export type Tilbudstype = (typeof TILBUDSTYPER)[number];

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

export const TILBUDSTYPE_NAVNE: Record<Tilbudstype, string> = {
  'sel-101': 'Stofmisbrugsbehandling efter servicelovens § 101',
  'sel-107': 'Midlertidigt botilbud efter servicelovens § 107',
  'sel-108': 'Længerevarende botilbud efter servicelovens § 108',
  'sel-109': 'Krisecenter efter servicelovens § 109',
  'sel-110': 'Forsorgshjem efter servicelovens § 110',
  'barnets-lov-43-1-6': 'Børne- og ungehjem efter barnets lov § 43, stk. 1, nr. 6',
  'barnets-lov-43-1-7': 'Efterskole, fri fagskole eller fri grundskole med kostafdeling efter barnets lov § 43, stk. 1, nr. 7',
  'barnets-lov-43-3': 'Sikret døgninstitution efter barnets lov § 43, stk. 3',
  'sundhedsloven-141': 'Alkoholbehandling efter sundhedslovens § 141',
  andet: 'Andet tilbud',
};

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
