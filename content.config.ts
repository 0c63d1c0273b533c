import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { sideSkema, KILDE_IDER } from './src/schemas/indhold.ts';
import { scenarieSkema } from './src/domain/indikator1b/scenarie.ts';

export const collections = {
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
