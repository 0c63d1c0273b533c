import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { sideSkema, KILDE_IDER } from './src/schemas/indhold.ts';
import { temaSkema, kriteriumSkema, indikatorSkema, tilbudstypeSkema } from './src/schemas/kvalitetsmodel.ts';
import { bestemmelseSkema, begrebSkema } from './src/schemas/lovgivning.ts';
import { scenarieSkema } from './src/domain/indikator1b/scenarie.ts';
import { quizSpoergsmaalSkema } from './src/schemas/quiz.ts';

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
  scenarier: defineCollection({
    loader: glob({ base: './content/scenarier', pattern: '*.json' }),
    schema: scenarieSkema,
  }),
};
