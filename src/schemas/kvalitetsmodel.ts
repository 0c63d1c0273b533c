import { z } from './zod.ts';

/** Skemaer for kvalitetsmodellens data i content/data/kvalitetsmodel/ og content/data/tilbudstyper.json. */
export const tilbudstypeSkema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  navn: z.string().min(1),
  lov: z.string(),
  gruppe: z.enum(['voksne', 'boern']),
  /** Kort navn til filtre og kort, fx "Krisecenter (§ 109)". */
  kortNavn: z.string().min(1).optional(),
});

export const temaSkema = z.object({
  id: z.string().regex(/^tema-\d+$/),
  nummer: z.number().int().positive(),
  navn: z.string().min(1),
  beskrivelse: z.string().optional(),
});

export const kriteriumSkema = z.object({
  id: z.string().regex(/^kriterium-\d+$/),
  nummer: z.number().int().positive(),
  tema: z.string().regex(/^tema-\d+$/),
  tekst: z.string().min(1),
});

export const gaelderSkema = z
  .object({
    ikke: z.array(z.string()).optional(),
    kun: z.array(z.string()).optional(),
    kunPrivatMedBestyrelse: z.literal(true).optional(),
    kildetekst: z.string().min(1),
    fortolkning: z.string().optional(),
  })
  .refine((g) => g.ikke || g.kun || g.kunPrivatMedBestyrelse, 'en gælder-regel skal sige "ikke", "kun" eller "kunPrivatMedBestyrelse"');

export const indikatorSkema = z.object({
  id: z.string().regex(/^\d+\.[a-z]$/),
  kriterium: z.string().regex(/^kriterium-\d+$/),
  tekst: z.string().min(1),
  gaelder: gaelderSkema.optional(),
  rettelse: z.string().optional(),
});

export const skalaSkema = z.object({
  driftsorienteret: z.array(z.object({ score: z.number().int().min(1).max(5), tekst: z.string() })).length(5),
  godkendelse: z.array(z.object({ id: z.string(), tekst: z.string() })).length(2),
  kildeafsnit: z.string(),
});

export type Tilbudstype = z.infer<typeof tilbudstypeSkema>;
export type Tema = z.infer<typeof temaSkema>;
export type Kriterium = z.infer<typeof kriteriumSkema>;
export type Indikator = z.infer<typeof indikatorSkema>;
export type Skala = z.infer<typeof skalaSkema>;
