/**
 * Slår en fundet henvisning op i lovoversigten (content/data/lovgivning.json).
 * Resultatet er et id, eller en grund til at henvisningen ikke kan linkes: ukendt eller flertydig.
 */
import type { Bestemmelse } from '../../schemas/lovgivning.ts';
import type { Henvisning } from './find.ts';

export type Opslag = { status: 'fundet'; id: string } | { status: 'ukendt'; grund: string } | { status: 'flertydig'; grund: string; kandidater: string[] };

const norm = (p?: string) => (p ?? '').replace(/\s+/g, ' ').replace(/[–-]/g, '–').trim();

export function opretOpslag(bestemmelser: Bestemmelse[]) {
  const medParagraf = bestemmelser.filter((b) => b.paragraf || b.omfang);
  const paragrafAf = (b: Bestemmelse) => norm(b.paragraf ?? b.omfang?.replace(/^§§?\s*/, ''));

  return function slaaOp(h: Henvisning): Opslag {
    const p = norm(h.paragraf);
    const sammeParagraf = medParagraf.filter((b) => paragrafAf(b) === p);
    if (h.underforstaaetLov && !h.standardEksplicit) {
      // En paragraf uden lovnavn, som findes i flere love i samme æra, er flertydig (fx de to § 141).
      const love = new Set(sammeParagraf.filter((b) => b.aera === h.aera).map((b) => b.lov));
      if (love.size > 1) {
        return {
          status: 'flertydig',
          grund: `§ ${p} findes i flere love (${[...love].join(', ')}); skriv lovens navn`,
          kandidater: sammeParagraf.map((b) => b.id),
        };
      }
    }
    const kandidater = sammeParagraf.filter((b) => b.lov === h.lov && b.aera === h.aera);
    const praecis =
      kandidater.find((b) => norm(b.stk) === norm(h.stk) && norm(b.nr) === norm(h.nr)) ??
      kandidater.find((b) => norm(b.stk) === norm(h.stk) && !b.nr) ??
      kandidater.find((b) => !b.stk && !b.nr);
    if (praecis) return { status: 'fundet', id: praecis.id };
    const hvad = `§ ${p}${h.stk ? `, stk. ${h.stk}` : ''}${h.nr ? `, nr. ${h.nr}` : ''}`;
    return { status: 'ukendt', grund: `${hvad} i ${h.lov} (${h.aera}) findes ikke i lovoversigten` };
  };
}
