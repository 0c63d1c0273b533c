/**
 * Fælles danske tekster og små hjælpere til øvelsernes øer og komponenter. Reglerne selv står i
 * motoren (src/domain/indikator1b); her er kun ord til brugerfladen og formatering af tal.
 */
import { procentTekst } from '../domain/indikator1b/udkast.ts';
import { FRAVAERSTYPER, FRAVAER_NAVNE, PENSIONER, PENSION_NAVNE, ROLLER, type Rolle } from '../domain/indikator1b/navne.ts';

export const FAELLES = {
  regel: 'Reglen',
  ogsaaISpil: 'Også i spil',
  laesMere: 'Læs mere om reglen',
  fortolkning: 'Sitets fortolkning',
  kopier: 'Kopiér teksten',
  kopieret: 'Teksten er kopieret.',
  kopierFejl: 'Teksten kunne ikke kopieres automatisk. Markér teksten i feltet, og kopiér den med Ctrl+C (Cmd+C på Mac).',
  kopierLink: 'Kopiér linket',
  linkKopieret: 'Linket er kopieret.',
  linkKopierFejl: 'Linket kunne ikke kopieres automatisk. Det er markeret: kopiér det med Ctrl+C (Cmd+C på Mac).',
  udkast: 'Udkast til bedømmelsen',
  ingenScore: 'Ingen score',
  vaelgSvar: 'Vælg et svar først.',
} as const;

/** Felterne for en person: de samme ord i beregneren og i kalibreringens tilbudsbygger. */
export const PERSON_FELTER = {
  initialer: 'Initialer',
  rolle: 'Rolle',
  roller: { borger: 'Borger', barn: 'Medfølgende barn eller ung' } as Record<Rolle, string>,
  alder: 'Alder (valgfri)',
  pension: 'Pension',
  ingenPension: 'Ingen pension',
  hjemmel: 'Lovgrundlag for det andet særlige tilbud',
  fravaer: 'Fravær fra det, personen er i',
  ingenFravaer: 'Ikke fraværende',
  kanVende: 'Pladsen venter: personen kan vende tilbage efter opholdet',
} as const;

/** Valgene i personfelternes rullelister, med de samme ord som felterne. */
export const PERSON_VALG = {
  roller: ROLLER.map((x) => [x, PERSON_FELTER.roller[x]] as const),
  pensioner: PENSIONER.map((x) => [x, stort(PENSION_NAVNE[x])] as const),
  fravaer: FRAVAERSTYPER.map((x) => [x, stort(FRAVAER_NAVNE[x])] as const),
};

/** Stort begyndelsesbogstav: "på orlov" → "På orlov". */
export function stort(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** "5 af 7 (71 %)", "199 af 200 (99,5 %)" eller "ingen i grundlaget". */
export function brok(taeller: number, grundlag: number): string {
  if (grundlag === 0) return 'ingen i grundlaget';
  return `${taeller} af ${grundlag} (${procentTekst(taeller, grundlag)})`;
}

export type Tekstdel = { tekst: string } | { href: string };

/**
 * Deler en regels forklaring op, så en sti i parentes, fx "(/vejledning/kriterium-1/)", kan vises
 * som et link i stedet for som rå tekst.
 */
export function delForklaring(forklaring: string): Tekstdel[] {
  const dele: Tekstdel[] = [];
  const moenster = /\s*\((\/[a-z0-9/#-]+\/?)\)/g;
  let sidst = 0;
  for (const m of forklaring.matchAll(moenster)) {
    if (m.index > sidst) dele.push({ tekst: forklaring.slice(sidst, m.index) });
    dele.push({ href: m[1] });
    sidst = m.index + m[0].length;
  }
  if (sidst < forklaring.length) dele.push({ tekst: forklaring.slice(sidst) });
  return dele;
}

/** Linkteksten til en sti fra en forklaring, fx "/vejledning/kriterium-1/" → "se siden om kriterium 1". */
export function linkTekst(href: string): string {
  const side = href.split('#')[0].split('/').filter(Boolean).pop() ?? '';
  return `se siden om ${side.replace(/-/g, ' ')}`;
}
