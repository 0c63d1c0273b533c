/**
 * Hent en scenariefil ind i beregneren. Modulet validerer med scenarieskemaet (zod/mini) og indlæses
 * derfor først, når brugeren vælger en fil (dynamisk import i øen), så zod ikke er i øens bundle.
 */
import { valider } from '../../schemas/scenarie.ts';
import { MAKS_PERSONER } from './grupper.ts';
import { tjekInitialer, type BeregnerTilstand, type Raekke } from './beregner.ts';

export type Import = { ok: true; tilstand: BeregnerTilstand; bemaerkninger: string[] } | { ok: false; fejl: string[] };

/** Et scenarie (fx fra `npm run score`) som beregnerens personliste. Navne bliver til initialer. */
export function fraScenarie(data: unknown, filnavn: string, foer: BeregnerTilstand): Import {
  const v = valider(data, filnavn, 'laeser');
  if (!v.ok) return { ok: false, fejl: v.fejl };
  const s = v.scenarie;
  if (s.personer.length > MAKS_PERSONER) return { ok: false, fejl: [`${filnavn}: højst ${MAKS_PERSONER} personer`] };
  const bemaerkninger: string[] = [];
  const personer: Raekke[] = s.personer.map((p) => {
    const f = p.forloeb.find((x) => x.fravaer !== undefined);
    // Kun store bogstaver (fx "AB") tages som initialer; alt andet (også korte fornavne som "Sara")
    // gøres til initialer, så navne aldrig havner i den gemte tilstand eller i et delt link.
    const initialer = /^[\p{Lu}.-]{1,4}$/u.test(p.navn.trim()) && tjekInitialer(p.navn) === null ? p.navn.trim() : initialerAf(p.navn);
    return {
      id: p.id,
      initialer,
      rolle: p.rolle,
      alder: p.alder === undefined ? '' : String(p.alder),
      pension: p.rolle === 'borger' ? (p.pension ?? '') : '',
      kategorier: [...new Set(p.forloeb.map((x) => x.kategori))],
      hjemmel: p.forloeb.find((x) => x.hjemmel)?.hjemmel ?? '',
      fravaer: f?.fravaer ?? '',
      kanVendeTilbage: f?.kanVendeTilbage !== false,
    };
  });
  if (personer.some((r, i) => r.initialer !== s.personer[i].navn.trim())) bemaerkninger.push('Navnene i filen er gjort til initialer.');
  if (s.personer.some((p) => new Set(p.forloeb.filter((x) => x.fravaer).map((x) => `${x.fravaer}|${x.kanVendeTilbage}`)).size > 1)) {
    bemaerkninger.push('En person i filen har forskelligt fravær i flere forløb; beregneren viser ét fravær pr. person.');
  }
  return {
    ok: true,
    bemaerkninger,
    tilstand: { ...foer, tilstand: 'liste', navn: s.navn, tilbudstype: s.tilbudstype, iAlt: '', personer },
  };
}

function initialerAf(navn: string): string {
  const dele = navn
    .trim()
    .split(/\s+/)
    .filter((d) => /^\p{L}/u.test(d));
  const ini = dele
    .map((d) => d[0].toUpperCase())
    .join('')
    .slice(0, 4);
  return ini || '?';
}
