/**
 * Finder første forekomst af hvert begreb i en tekst. Forkortelser med store bogstaver (STU, CTI)
 * skal stå med store bogstaver; andre ord matches uanset store/små bogstaver og som hele ord,
 * også i bøjet form med dansk endelse (-en, -er, -et, -s …).
 */
import type { Begreb } from '../../schemas/lovgivning.ts';

export interface Begrebsfund {
  id: string;
  start: number;
  slut: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BOGSTAV = 'A-Za-zÆØÅæøåÉé0-9';

export interface Begrebsmoenster {
  id: string;
  re: RegExp;
}

export function begrebsmoenstre(begreber: Begreb[]): Begrebsmoenster[] {
  return begreber.flatMap((b) =>
    [b.term, ...b.varianter]
      .filter((t) => t.trim().length >= 2 && !t.includes('§'))
      .map((t) => {
        const forkortelse = /^[A-ZÆØÅ0-9-]{2,}$/.test(t);
        const endelse = forkortelse ? '(?:-\\p{L}+)?' : '(?:en|et|er|erne|ne|s|e|ens|ets)?';
        return {
          id: b.id,
          // "indikator 1.b", "kriterium 1", "tema 1": et nummereret navn linkes ikke som det generelle begreb.
          re: new RegExp(`(?<![${BOGSTAV}§-])${escape(t)}${endelse}(?![${BOGSTAV}])(?!\\s+\\d)`, forkortelse ? 'gu' : 'giu'),
        };
      }),
  );
}

/** Første forekomst af hvert begreb, der ikke allerede er brugt (`brugte`), i tekstens rækkefølge og uden overlap. */
export function findBegreber(tekst: string, moenstre: Begrebsmoenster[], brugte: Set<string>): Begrebsfund[] {
  const kandidater: Begrebsfund[] = [];
  for (const { id, re } of moenstre) {
    if (brugte.has(id)) continue;
    re.lastIndex = 0;
    const m = re.exec(tekst);
    if (m) kandidater.push({ id, start: m.index, slut: m.index + m[0].length });
  }
  kandidater.sort((a, b) => a.start - b.start || b.slut - a.slut);
  const valgt: Begrebsfund[] = [];
  const set = new Set<string>();
  let slut = -1;
  for (const k of kandidater) {
    if (k.start < slut || set.has(k.id)) continue;
    valgt.push(k);
    set.add(k.id);
    slut = k.slut;
  }
  return valgt;
}
