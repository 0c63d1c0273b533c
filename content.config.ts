import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { z } from './src/schemas/zod.ts';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { sideSkema, KILDE_IDER } from './src/schemas/indhold.ts';
import { temaSkema, kriteriumSkema, indikatorSkema, tilbudstypeSkema } from './src/schemas/kvalitetsmodel.ts';
import { bestemmelseSkema, begrebSkema } from './src/schemas/lovgivning.ts';
import { valider } from './src/schemas/scenarie.ts';
import { quizSpoergsmaalSkema } from './src/schemas/quiz.ts';
import { laesningsDataSkema } from './src/schemas/indikator1b.ts';
import laesningsData from './content/data/indikator-1b-laesninger.json' with { type: 'json' };

// Sitets læsninger ved 1.b er ét JSON-objekt (ikke en liste af poster) og valideres derfor her: en fejl
// stopper bygningen og nævner fil og felt.
const laesningsTjek = laesningsDataSkema.safeParse(laesningsData);
if (!laesningsTjek.success) {
  const linjer = laesningsTjek.error.issues.map((p) => `  content/data/indikator-1b-laesninger.json: ${p.path.join('.') || '(roden)'}: ${p.message}`);
  throw new Error(`Sitets læsninger ved indikator 1.b er ugyldige:\n${linjer.join('\n')}`);
}

/** Strukturerede data i content/data: valideres ved bygning, så en fejl nævner fil og felt. */
const data = <T extends z.ZodType>(fil: string, schema: T) => defineCollection({ loader: file(`./content/data/${fil}`), schema });

export const collections = {
  temaer: data('kvalitetsmodel/temaer.json', temaSkema),
  kriterier: data('kvalitetsmodel/kriterier.json', kriteriumSkema),
  indikatorer: data('kvalitetsmodel/indikatorer.json', indikatorSkema),
  tilbudstyper: data('tilbudstyper.json', tilbudstypeSkema),
  lovgivning: data('lovgivning.json', bestemmelseSkema),
  begreber: data('begreber.json', begrebSkema),
  quiz: data('quiz-1b.json', quizSpoergsmaalSkema),
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: sideSkema }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
  kilder: defineCollection({
    loader: file('./content/data/kilder.json'),
    schema: z.object({
      id: z.enum(KILDE_IDER),
      fil: z.string(),
      titel: z.string(),
      udgiver: z.string(),
      aar: z.string(),
      aarNote: z.string().optional(),
      kortNavn: z.string(),
      bruges: z.string(),
    }),
  }),
  // Scenarierne valideres af motorens eget skema (samme danske beskeder som kommandolinjen).
  scenarier: defineCollection({
    loader: glob({ base: './content/scenarier', pattern: '*.json' }),
    schema: z.unknown().transform((data, ctx) => {
      const v = valider(data, 'scenariet');
      if (v.ok) return v.scenarie;
      for (const besked of v.fejl) ctx.addIssue({ code: 'custom', message: besked });
      return z.NEVER;
    }),
  }),
};
