/** Alle strukturerede data i content/data valideres mod deres skemaer (samme skemaer som ved bygning). */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { temaSkema, kriteriumSkema, indikatorSkema, skalaSkema, tilbudstypeSkema } from '../../src/schemas/kvalitetsmodel.ts';
import { bestemmelseSkema, begrebSkema } from '../../src/schemas/lovgivning.ts';
import temaer from '../../content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import kriterier from '../../content/data/kvalitetsmodel/kriterier.json' with { type: 'json' };
import indikatorer from '../../content/data/kvalitetsmodel/indikatorer.json' with { type: 'json' };
import skala from '../../content/data/kvalitetsmodel/skala.json' with { type: 'json' };
import tilbudstyper from '../../content/data/tilbudstyper.json' with { type: 'json' };
import lovgivning from '../../content/data/lovgivning.json' with { type: 'json' };
import begreber from '../../content/data/begreber.json' with { type: 'json' };

const tilfaelde: [string, unknown, z.ZodType][] = [
  ['kvalitetsmodel/temaer.json', temaer, z.array(temaSkema)],
  ['kvalitetsmodel/kriterier.json', kriterier, z.array(kriteriumSkema)],
  ['kvalitetsmodel/indikatorer.json', indikatorer, z.array(indikatorSkema)],
  ['kvalitetsmodel/skala.json', skala, skalaSkema],
  ['tilbudstyper.json', tilbudstyper, z.array(tilbudstypeSkema)],
  ['lovgivning.json', lovgivning, z.array(bestemmelseSkema)],
  ['begreber.json', begreber, z.array(begrebSkema)],
];

describe('content/data', () => {
  it.each(tilfaelde)('%s passer til sit skema', (_fil, data, skema) => {
    const r = skema.safeParse(data);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  });

  it('skemaerne afviser en indikator uden tekst og en ukendt æra', () => {
    expect(indikatorSkema.safeParse({ id: '1.b', kriterium: 'kriterium-1' }).success).toBe(false);
    expect(bestemmelseSkema.safeParse({ ...lovgivning[0], aera: '2010' }).success).toBe(false);
  });
});
