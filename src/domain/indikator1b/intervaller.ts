/**
 * Sitets fortolkning af vejledningens ord for scorerne ("Alle", "Størstedelen", "Halvdelen", "Få",
 * "Meget få/ingen") som andele. Data ligger i content/data/indikator-1b-intervaller.json og
 * valideres her, så en redaktør ikke kan gemme grænser, der strider mod vejledningens ord.
 */
import { z } from 'zod';
import data from '../../../content/data/indikator-1b-intervaller.json' with { type: 'json' };

export type Score = 1 | 2 | 3 | 4 | 5;

const baandSkema = z.strictObject({
  score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  ord: z.string().min(1),
  betegnelse: z.string().min(1),
  fra: z.number().min(0).max(1),
});

export const intervallerSkema = z
  .strictObject({
    beskrivelse: z.string().min(1),
    baand: z.array(baandSkema).length(5),
  })
  .superRefine((v, ctx) => {
    const b = v.baand;
    const fejl = (message: string) => ctx.addIssue({ code: 'custom', path: ['baand'], message });
    if (b.map((x) => x.score).join(',') !== '5,4,3,2,1') fejl('båndene skal stå i rækkefølgen 5, 4, 3, 2, 1');
    for (let i = 1; i < b.length; i++) {
      if (!(b[i].fra < b[i - 1].fra)) fejl(`grænsen for score ${b[i].score} skal være lavere end for score ${b[i - 1].score}`);
    }
    const find = (s: Score) => b.find((x) => x.score === s);
    if (find(5)?.fra !== 1) fejl('score 5 skal kræve, at alle er i gang (fra: 1)');
    if (find(1)?.fra !== 0) fejl('score 1 skal starte ved 0 (fra: 0)');
    const tre = find(3);
    const fire = find(4);
    if (!tre || !fire || !(tre.fra <= 0.5 && 0.5 < fire.fra)) fejl('præcis halvdelen (0,5) skal give score 3');
  });

export type Intervaller = z.infer<typeof intervallerSkema>;
export type Baand = Intervaller['baand'][number];

/** Validerer banddata; kaster en Error med danske beskeder, hvis de er ugyldige. */
export function laesIntervaller(raa: unknown): Intervaller {
  const r = intervallerSkema.safeParse(raa);
  if (r.success) return r.data;
  const beskeder = r.error.issues.map((p) => (p.code === 'custom' ? p.message : `ugyldigt felt ${p.path.join('.') || '(roden)'}`));
  throw new Error(`indikator-1b-intervaller.json er ugyldig: ${beskeder.join('; ')}`);
}

export const INTERVALLER: Intervaller = laesIntervaller(data);
