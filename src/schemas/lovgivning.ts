import { z } from './zod.ts';
import { AERA_IDER } from './lister.ts';
import { kildeHenvisning } from './kilde.ts';

export { AERAER, type Aera } from './lister.ts';

/**
 * Lovoversigten (content/data/lovgivning.json) og begrebslisten (content/data/begreber.json).
 * Fælles for indholdssamlinger, link-pluginet og tests.
 */
export const LOVE = {
  serviceloven: { navn: 'Serviceloven', genitiv: 'servicelovens', fuldt: 'Lov om social service' },
  'barnets-lov': { navn: 'Barnets lov', genitiv: 'barnets lovs', fuldt: 'Barnets lov' },
  sundhedsloven: { navn: 'Sundhedsloven', genitiv: 'sundhedslovens', fuldt: 'Sundhedsloven' },
  'lov-om-socialtilsyn': { navn: 'Lov om socialtilsyn', genitiv: 'lov om socialtilsyns', fuldt: 'Lov om socialtilsyn' },
  beskaeftigelsesloven: { navn: 'Lov om en aktiv beskæftigelsesindsats', genitiv: 'beskæftigelseslovens', fuldt: 'Lov om en aktiv beskæftigelsesindsats' },
  'aktiv-socialpolitik': { navn: 'Lov om aktiv socialpolitik', genitiv: 'lov om aktiv socialpolitiks', fuldt: 'Lov om aktiv socialpolitik' },
  retssikkerhedsloven: { navn: 'Retssikkerhedsloven', genitiv: 'retssikkerhedslovens', fuldt: 'Lov om retssikkerhed og administration på det sociale område' },
  uddannelse: {
    navn: 'Uddannelseslovgivningen',
    genitiv: 'uddannelseslovgivningens',
    fuldt: 'Uddannelseslovgivningen (STU, specialundervisning for voksne, VEU)',
  },
  andet: { navn: 'Andet', genitiv: '', fuldt: 'Andre regler og metoder' },
} as const;

export type LovId = keyof typeof LOVE;

/**
 * Lovene i den udgave, brugerundersøgelsens juridiske bilag (CABI, ca. 2006) bygger på, som bilagets
 * noter angiver dem. Vises på de historiske poster, så læseren kan se, hvilken lovtekst de stammer fra.
 */
export const LOVUDGAVER_2005: Partial<Record<LovId, string>> = {
  beskaeftigelsesloven: 'Lovbekendtgørelse nr. 685 af 29. juni 2005 om en aktiv beskæftigelsesindsats',
  serviceloven: 'Lovbekendtgørelse nr. 1187 af 7. december 2005 om social service',
  retssikkerhedsloven: 'Lovbekendtgørelse nr. 847 af 8. september 2005 (retssikkerhedsloven)',
};

/** Love, hvis gældende tekst en læser kan slå op under lovens titel (`fuldt`). Ikke samlebetegnelserne. */
export const kanSlaasOp = (lov: LovId) => lov !== 'uddannelse' && lov !== 'andet';
const lovIder = Object.keys(LOVE) as [LovId, ...LovId[]];

/** En kilde til en post i lovoversigten: kildehenvisningen (kilde.ts) med kildens dato. */
export const lovKilde = kildeHenvisning.extend({
  /** Kildens dato, som kilden selv angiver den eller som den kan udledes (fx "2021", "ca. 2006"). */
  dato: z.string().min(1),
});

export const bestemmelseSkema = z.object({
  /** URL-venligt id, fx "serviceloven-104", "serviceloven-2005-87-stk-2", "barnets-lov-43-stk-1-nr-7". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  lov: z.enum(lovIder),
  /** Paragraf som tal/tekst, fx "104", "101 a", "43". Tom for regler uden paragraf (fx arbejdsevnemetoden, et kapitel). */
  paragraf: z.string().optional(),
  stk: z.string().optional(),
  nr: z.string().optional(),
  /** Fx "kapitel 7" eller "§§ 51–52", når posten ikke er én paragraf. */
  omfang: z.string().optional(),
  aera: z.enum(AERA_IDER),
  titel: z.string().min(1),
  regulerer: z.string().min(1),
  maalgruppe: z.string().min(1),
  betydningForTema1: z.string().min(1),
  kilder: z.array(lovKilde).min(1),
  /** Sitets læsning af gammelt ↔ nyt nummer, med belæg fra kilderne. */
  svarerTil: z.array(z.object({ id: z.string(), belaeg: z.string().min(1) })).default([]),
  /** Hvor kilderne er uenige: hvad hver kilde siger. */
  uenighed: z.string().optional(),
  /** Kommunal praksis (fx Københavns Kommune), mærket som sådan. */
  kommunalPraksis: z.string().optional(),
});

export const begrebSkema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  /** Andre skrivemåder og forkortelser, som link-pluginet også genkender. */
  varianter: z.array(z.string()).default([]),
  definition: z.string().min(1),
  kilder: z.array(kildeHenvisning).min(1),
  /** false, når kilden bruger ordet uden at forklare det; siden siger det så. */
  forklaretIKilden: z.boolean(),
  relaterede: z.array(z.string()).default([]),
  /** false for ord, der står på næsten hver side (tema, indikator …): de linkes ikke automatisk ved første omtale. */
  autolink: z.boolean().default(true),
  /** id på en post i lovoversigten, hvis begrebet hører til en bestemmelse. */
  bestemmelse: z.string().optional(),
});

export type Bestemmelse = z.infer<typeof bestemmelseSkema>;
export type Begreb = z.infer<typeof begrebSkema>;
