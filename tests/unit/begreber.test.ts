import { describe, expect, it } from 'vitest';
import { laesBegreber, laesBestemmelser } from '../../src/data/laes.ts';
import { begrebsmoenstre, findBegreber } from '../../src/domain/begreber/find.ts';
import { kortForklaring } from '../../src/plugins/remark-begreber.ts';

const begreber = laesBegreber();
const moenstre = begrebsmoenstre(begreber);

describe('begrebslisten', () => {
  it('har mindst 50 begreber med unikke id’er, og alle henvisninger findes', () => {
    expect(begreber.length).toBeGreaterThanOrEqual(50);
    const ider = new Set(begreber.map((b) => b.id));
    expect(ider.size).toBe(begreber.length);
    const lov = new Set(laesBestemmelser().map((b) => b.id));
    for (const b of begreber) {
      for (const r of b.relaterede) expect(ider.has(r), `${b.id} → ${r}`).toBe(true);
      if (b.bestemmelse) expect(lov.has(b.bestemmelse), `${b.id} → ${b.bestemmelse}`).toBe(true);
    }
  });

  it('begreber, kilderne ikke forklarer, siger det', () => {
    for (const b of begreber.filter((x) => !x.forklaretIKilden)) expect(b.definition, b.id).toMatch(/^Kilderne forklarer ikke/);
  });
});

describe('første omtale af et begreb', () => {
  it('finder forkortelser kun med store bogstaver og som hele ord', () => {
    const fund = findBegreber('Hun går på STU. Det er en stu-agtig ting og STUDIE.', moenstre, new Set());
    const stu = fund.filter((f) => f.id === 'stu');
    expect(stu).toHaveLength(1);
    expect(stu[0].start).toBe('Hun går på '.length);
  });

  it('finder bøjede former og kun første gang', () => {
    const brugte = new Set<string>();
    const tekst = 'Krisecentret hjælper. Et krisecenter til.';
    const f1 = findBegreber(tekst, moenstre, brugte);
    expect(f1.map((f) => f.id)).toContain('krisecenter');
    for (const f of f1) brugte.add(f.id);
    expect(findBegreber(tekst, moenstre, brugte).map((f) => f.id)).not.toContain('krisecenter');
  });

  it('den korte forklaring stopper ikke ved "ca." og tager næste sætning, når kilden ikke forklarer ordet', () => {
    expect(kortForklaring('En ydelse, som bilaget (ca. 2022) nævner. Mere tekst.')).toBe('En ydelse, som bilaget (ca. 2022) nævner.');
    expect(kortForklaring('Kilderne forklarer ikke begrebet nærmere. Det bruges om X. Og Y.')).toBe(
      'Kilderne forklarer ikke begrebet nærmere. Det bruges om X.',
    );
  });
});

describe('nummererede navne', () => {
  it('"indikator 1.b" linkes ikke som begrebet indikator, men "en indikator" gør', () => {
    const ids = (t: string) => findBegreber(t, moenstre, new Set()).map((f) => f.id);
    expect(ids('Om indikator 1.b gælder')).not.toContain('indikator');
    expect(ids('Hver indikator er et tegn')).toContain('indikator');
  });
});
