import { z } from './zod.ts';

/**
 * Søgeordene i content/data/soegeord-synonymer.json: hvad søgningen omskriver, før Pagefind søger.
 * Valideres ved bygning (src/soegning/vite-plugin.ts) og i tests/unit/soegeord.test.ts.
 */
const ord = z.string().trim().min(1, 'må ikke være tom');

export const soegeordSkema = z
  .object({
    beskrivelse: z.string().optional(),
    /** Ord, der betyder "paragraf": "paragraf 103" søges som "§ 103". */
    paragrafOrd: z.array(ord),
    /** Ord, der fjernes fra en søgning med flere ord, fordi Pagefind kun finder sider med alle ordene. */
    fyldord: z.array(ord),
    /** Ord og vendinger (fra) og de ord på sitet, de søges som (til). */
    erstatninger: z.array(z.object({ fra: z.array(ord).min(1), til: ord, note: z.string().optional() })),
  })
  .superRefine((d, ctx) => {
    const set = new Map<string, number>();
    d.erstatninger.forEach((e, i) =>
      e.fra.forEach((f) => {
        const n = f.toLowerCase();
        if (set.has(n)) ctx.addIssue({ code: 'custom', path: ['erstatninger', i, 'fra'], message: `"${f}" står også i erstatninger[${set.get(n)}]` });
        set.set(n, i);
      }),
    );
  });

export type Soegeord = z.infer<typeof soegeordSkema>;
