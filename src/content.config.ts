import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { sideSkema, KILDE_IDER } from './schemas/indhold.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: sideSkema }),
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
};
