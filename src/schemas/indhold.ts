import { z } from 'astro/zod';

/** Fælles lister, som både frontmatter-skemaer og komponenter læser. */
export const KILDE_IDER = ['vejledning', 'kvalitetsmodellen', 'vive-2021', 'brugerundersoegelse-2006', 'kk-bilag-1a'] as const;

export const INDHOLDSTYPER = {
  vejledning: 'Vejledning',
  kvalitetsmodel: 'Kvalitetsmodellen',
  case: 'Case',
  lov: 'Lovgivning',
  begreb: 'Begreb',
  oevelse: 'Øvelse',
  om: 'Om sitet',
} as const;

export const TILGANGE = {
  recovery: 'Systematisk fokus på temaet i den recovery-orienterede indsats',
  'motivation-og-tro': 'Motivation og tro på borgerens muligheder',
  'realistiske-delmaal': 'Støtte til relevante og opnåelige delmål',
  'personlige-og-sociale-kompetencer': 'Støtte til personlige og sociale kompetencer',
  'meningsfulde-aktiviteter': 'Støtte til meningsfulde aktiviteter',
  'samarbejde-med-aktoerer': 'Støtte til samarbejde med relevante aktører',
  'medfoelgende-boern': 'Medfølgende børn i dag- eller grundskoletilbud',
} as const;

export const POTENTIALER = {
  recovery: 'Recovery',
  struktur: 'Struktur i hverdagen',
  koordinering: 'Koordinering',
} as const;

export const CASE_TILBUDSTYPER = {
  'sel-101': 'Stofmisbrugsbehandling (§ 101)',
  'sel-107': 'Midlertidigt botilbud (§ 107)',
  'sel-108': 'Længerevarende botilbud (§ 108)',
  'sel-109': 'Krisecenter (§ 109)',
  'sel-110': 'Forsorgshjem (§ 110)',
  vaerested: 'Værested',
  'boform-94-2005': '§ 94-boform (2005)',
  andet: 'Andet',
} as const;

const noegler = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const kildeHenvisning = z.object({
  dokument: z.enum(KILDE_IDER),
  afsnit: z.string().min(1),
});

export const caseSkema = z.object({
  kilde: z.enum(['vive-2021', 'brugerundersoegelse-2006']),
  tilbud: z.string().min(1),
  tilbudstype: z.enum(noegler(CASE_TILBUDSTYPER)),
  lovgrundlag: z.string().min(1),
  maalgruppe: z.string().min(1),
  potentialer: z.array(z.enum(noegler(POTENTIALER))).default([]),
  metoder: z.array(z.string().min(1)).default([]),
  partnere: z.array(z.string().min(1)).default([]),
  tilgange: z.array(z.enum(noegler(TILGANGE))).default([]),
  relaterede: z.array(z.string().regex(/^\/cases\/.+\/$/, 'skal være en sti som /cases/vive/dalhoffsminde/')).default([]),
});

/** Udvidelse af Starlights frontmatter for alle sider i content/docs. */
export const sideSkema = z.object({
  indholdstype: z.enum(noegler(INDHOLDSTYPER)),
  /** Mindst én kilde; kun sider om sitet selv (indholdstype "om", fx tilgængelighedserklæringen) må have ingen. */
  kilder: z.array(kildeHenvisning),
  tilgang: z.enum(noegler(TILGANGE)).optional(),
  case: caseSkema.optional(),
  /** Søgevægt for sidens titel og tekst (1 = normal). Lavere for sider, der gentager andet indhold, fx historiske poster. */
  soegevaegt: z.number().min(0.1).max(10).optional(),
  /** Hvordan en paragraf uden lovnavn læses på siden (fx brugerundersøgelsens sider: serviceloven fra 2005). */
  lovStandard: z
    .object({
      lov: z.enum(['serviceloven', 'barnets-lov', 'sundhedsloven', 'lov-om-socialtilsyn', 'beskaeftigelsesloven', 'aktiv-socialpolitik', 'retssikkerhedsloven']).optional(),
      aera: z.enum(['gaeldende', 'historisk-2005']).optional(),
    })
    .optional(),
}).superRefine((side, ctx) => {
  if (side.kilder.length === 0 && side.indholdstype !== 'om') ctx.addIssue({ code: 'custom', path: ['kilder'], message: 'hver side skal nævne mindst én kilde' });
});
