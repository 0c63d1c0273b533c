import { z } from './zod.ts';
import tilbudstyperJson from '../../content/data/tilbudstyper.json' with { type: 'json' };
import { AERA_IDER, KILDE_IDER } from './lister.ts';
import { kildeHenvisning } from './kilde.ts';
import { HENVISBARE_LOVE } from '../domain/lovhenvisninger/find.ts';

export { KILDE_IDER, kildeHenvisning };

/** Fælles lister, som både frontmatter-skemaer og komponenter læser. */

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

/** Kort navn på en af kvalitetsmodellens tilbudstyper, fra content/data/tilbudstyper.json. */
function kortNavn(id: string): string {
  const t = tilbudstyperJson.find((x) => x.id === id) as { kortNavn?: string } | undefined;
  if (!t?.kortNavn) throw new Error(`tilbudstyper.json mangler kortNavn for ${id}`);
  return t.kortNavn;
}

/**
 * Casesamlingens tilbudstyper: dagens typer står i tilbudstyper.json (kvalitetsmodellens typer) og
 * hentes derfra; værested, § 94-boform (2005) og andet findes kun i casene.
 */
export const CASE_TILBUDSTYPER = {
  'sel-101': kortNavn('sel-101'),
  'sel-107': kortNavn('sel-107'),
  'sel-108': kortNavn('sel-108'),
  'sel-109': kortNavn('sel-109'),
  'sel-110': kortNavn('sel-110'),
  vaerested: 'Værested',
  'boform-94-2005': '§ 94-boform (2005)',
  andet: 'Andet',
} as const;

const noegler = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const caseSkema = z
  .object({
    kilde: z.enum(['vive-2021', 'brugerundersoegelse-2006']),
    tilbud: z.string().min(1),
    tilbudstype: z.enum(noegler(CASE_TILBUDSTYPER)),
    lovgrundlag: z.string().min(1),
    maalgruppe: z.string().min(1),
    /** VIVE's egen placering af casen under et af rapportens tre potentialer (kun VIVE's fem cases). */
    potentialer: z.array(z.enum(noegler(POTENTIALER))).default([]),
    /** Sitets læsning: potentialer, casen også belyser, uden at kilden placerer den der. Vises som sitets læsning. */
    potentialerSitetsLaesning: z.array(z.enum(noegler(POTENTIALER))).default([]),
    /** Kildens egne navne på metoderne; familierne står i content/data/case-metodefamilier.json. */
    metoder: z.array(z.string().min(1)).default([]),
    partnere: z.array(z.string().min(1)).default([]),
    tilgange: z.array(z.enum(noegler(TILGANGE))).default([]),
    relaterede: z.array(z.string().regex(/^\/cases\/.+\/$/, 'skal være en sti som /cases/vive/dalhoffsminde/')).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.kilde !== 'vive-2021' && c.potentialer.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['potentialer'],
        message: 'kun VIVE placerer cases under sine potentialer; brug potentialerSitetsLaesning for sitets læsning',
      });
    for (const p of c.potentialerSitetsLaesning)
      if (c.potentialer.includes(p)) ctx.addIssue({ code: 'custom', path: ['potentialerSitetsLaesning'], message: `${p} står allerede som VIVE's placering` });
  });

/** Udvidelse af Starlights frontmatter for alle sider i content/docs. */
export const sideSkema = z
  .object({
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
        // De love, en henvisning kan nævne ved navn (find.ts); æraerne fra lister.ts.
        lov: z.enum(HENVISBARE_LOVE).optional(),
        aera: z.enum(AERA_IDER).optional(),
      })
      .optional(),
  })
  .superRefine((side, ctx) => {
    if (side.kilder.length === 0 && side.indholdstype !== 'om')
      ctx.addIssue({ code: 'custom', path: ['kilder'], message: 'hver side skal nævne mindst én kilde' });
  });
