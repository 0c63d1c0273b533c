/**
 * Skema for sitets læsninger ved indikator 1.b (content/data/indikator-1b-laesninger.json). Bruges af
 * indholdssamlingen (bygningen fejler og nævner fil og felt) og af enhedstestene. Skemaet binder
 * dataene til motoren: hver læsning og hvert valg skal være et, motoren kender (LAESNING_VALG), og
 * alle motorens valg skal have en tekst.
 */
import { z } from './zod.ts';
import { LAESNING_VALG, type LaesningId } from '../domain/indikator1b/laesninger.ts';
import { KILDE_IDER } from './indhold.ts';

const tekst = z.string().min(1);
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const baandSkema = z.strictObject({ score, fra: z.number().min(0).max(1), strengt: z.boolean().optional() });

const valgSkema = z.strictObject({
  id: tekst,
  navn: tekst,
  forklaring: tekst,
  udkast: tekst,
  baand: z.array(baandSkema).optional(),
});

const laesningSkema = z
  .strictObject({
    id: z.enum(Object.keys(LAESNING_VALG) as [LaesningId, ...LaesningId[]]),
    titel: tekst,
    hvorfor: tekst,
    kilde: z.strictObject({ dokument: z.enum(KILDE_IDER), afsnit: tekst }),
    standard: tekst,
    valg: z.array(valgSkema).min(2),
  })
  .superRefine((l, ctx) => {
    const kendte = LAESNING_VALG[l.id] as readonly string[];
    const ider = l.valg.map((v) => v.id);
    for (const [i, id] of ider.entries()) {
      if (!kendte.includes(id))
        ctx.addIssue({ code: 'custom', path: ['valg', i, 'id'], message: `ukendt valg "${id}" for læsningen ${l.id}; motoren kender ${kendte.join(', ')}` });
    }
    for (const k of kendte) {
      if (!ider.includes(k)) ctx.addIssue({ code: 'custom', path: ['valg'], message: `valget "${k}" for læsningen ${l.id} mangler en tekst` });
    }
    if (!ider.includes(l.standard)) ctx.addIssue({ code: 'custom', path: ['standard'], message: `standardvalget "${l.standard}" er ikke et af valgene` });
    if (l.id === 'graenser') {
      for (const [i, v] of l.valg.entries()) {
        const b = v.baand;
        const fejl = (message: string) => ctx.addIssue({ code: 'custom', path: ['valg', i, 'baand'], message });
        if (!b) {
          fejl('grænserne mangler');
          continue;
        }
        if (b.map((x) => x.score).join(',') !== '5,4,3,2,1') fejl('trinnene skal stå i rækkefølgen 5, 4, 3, 2, 1');
        for (let j = 1; j < b.length; j++)
          if (!(b[j].fra <= b[j - 1].fra)) fejl(`grænsen for score ${b[j].score} må ikke være højere end for score ${b[j - 1].score}`);
        if (b[0]?.fra !== 1 || b[0]?.strengt) fejl('score 5 skal kræve, at alle er i gang (fra: 1)');
        if (b[4]?.fra !== 0 || b[4]?.strengt) fejl('score 1 skal starte ved 0 (fra: 0)');
        const naar = (x: { fra: number; strengt?: boolean }, a: number) => (x.strengt ? a > x.fra : a >= x.fra);
        const halv = b.find((x) => naar(x, 0.5));
        if (halv?.score !== 3) fejl('præcis halvdelen (0,5) skal give score 3');
        // Procenterne i valgets tekster står også som tal i grænserne: de må ikke skilles ad.
        const graenser = b.map((x) => Math.round(x.fra * 1000) / 10);
        for (const felt of ['navn', 'forklaring', 'udkast'] as const) {
          for (const loeb of v[felt].match(/\d+(?:,\d+)?(?:(?:, | og )\d+(?:,\d+)?)* ?%/g) ?? []) {
            for (const tal of loeb.match(/\d+(?:,\d+)?/g) ?? []) {
              if (!graenser.includes(Number(tal.replace(',', '.'))))
                ctx.addIssue({ code: 'custom', path: ['valg', i, felt], message: `teksten nævner ${tal} %, men grænserne er ${graenser.join(', ')} %` });
            }
          }
        }
      }
    }
  });

export const laesningsDataSkema = z
  .strictObject({
    beskrivelse: tekst,
    trin: z.array(z.strictObject({ score, ord: tekst, betegnelse: tekst })).length(5),
    laesninger: z.array(laesningSkema),
  })
  .superRefine((d, ctx) => {
    const ider = d.laesninger.map((l) => l.id);
    for (const id of Object.keys(LAESNING_VALG)) {
      if (!ider.includes(id as LaesningId)) ctx.addIssue({ code: 'custom', path: ['laesninger'], message: `læsningen "${id}" mangler i dataene` });
    }
  });
