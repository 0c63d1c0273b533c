/**
 * Gennemsnit pr. kriterium og tema (driftsorienteret tilsyn) og optælling pr. tema (godkendelse).
 * Ren funktion: ingen DOM, ingen lagring. Hvilke indikatorer der gælder, afgøres alene af
 * gaelderIndikator (gaelder.ts), og strukturen læses af model.ts.
 *
 * Kilde: Kvalitetsmodellen, afsnittet "Bedømmelse af kvalitetsmodellens indikatorer og kriterier
 * ved driftsorienteret tilsyn" (seed 001, l. 107-116): hver indikator får en score fra 1 til 5,
 * og der udregnes automatisk en samlet værdi for hvert kriterium og hvert tema "som et gennemsnit af
 * henholdsvis indikatorernes og kriteriernes værdier". Altså:
 *   kriterium = gennemsnit af dets indikatorers scorer,
 *   tema      = gennemsnit af dets kriteriers værdier (ikke af alle temaets indikatorer).
 * Ved godkendelse (samme kilde, afsnittet om godkendelse, l. 67-72) bedømmes hver indikator som
 * "forventes at kunne opfylde" eller "forventes ikke at kunne opfylde"; der regnes ingen gennemsnit.
 *
 * Sitets fortolkning (kilden er tavs):
 *   - Indikatorer, der ikke gælder for tilbuddet, tæller slet ikke med.
 *   - En indikator uden score er "mangler" og trækker ikke gennemsnittet op eller ned.
 *   - Et kriterium uden nogen score har ingen værdi og er ikke med i temaets gennemsnit.
 *   - Temaets gennemsnit regnes af kriteriernes uafrundede gennemsnit; kun visningen afrundes
 *     til én decimal (formaterGennemsnit).
 */
import type { Indikator, Kriterium, Tema } from '../../schemas/kvalitetsmodel.ts';
import { SKALA, TEMAER, indikatorerIKriterium, kriterierITema } from './model.ts';
import { gaelderIndikator, type Tilbud } from './gaelder.ts';

/** Indikator-id → score (1-5). Manglende nøgle = ikke scoret. */
export type Scorer = Readonly<Record<string, number | undefined>>;

export type GodkendelsesVaerdi = 'ja' | 'nej';
/** Indikator-id → bedømmelse ved godkendelse ("ja" = forventes at kunne opfylde). */
export type Godkendelser = Readonly<Record<string, GodkendelsesVaerdi | undefined>>;

export const MIN_SCORE = Math.min(...SKALA.driftsorienteret.map((s) => s.score));
export const MAX_SCORE = Math.max(...SKALA.driftsorienteret.map((s) => s.score));

export function erGyldigScore(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_SCORE && v <= MAX_SCORE;
}

export interface Optaelling {
  /** Indikatorer, der gælder for tilbuddet. */
  gaelder: number;
  /** Gældende indikatorer med en gyldig score. */
  scoret: number;
  /** Gældende indikatorer uden score. */
  mangler: number;
  /** Indikatorer, der ikke gælder for tilbuddet (og derfor ikke tæller med). */
  gaelderIkke: number;
}

export interface KriteriumResultat extends Optaelling {
  kriterium: Kriterium;
  /** Gennemsnit af de scorede, gældende indikatorer; null hvis ingen er scoret. */
  gennemsnit: number | null;
  /** De gældende indikatorer og deres score (undefined = mangler). */
  indikatorer: { indikator: Indikator; score: number | undefined }[];
  /** Indikatorer, der ikke gælder for tilbuddet. */
  ikkeGaeldende: Indikator[];
}

export interface TemaResultat extends Optaelling {
  tema: Tema;
  /** Gennemsnit af kriteriernes gennemsnit (kun kriterier med en værdi); null hvis ingen. */
  gennemsnit: number | null;
  kriterier: KriteriumResultat[];
  /** Kriterier med en værdi, som indgår i temaets gennemsnit. */
  kriterierMedVaerdi: number;
}

export interface DriftResultat extends Optaelling {
  temaer: TemaResultat[];
}

const gennemsnitAf = (tal: number[]): number | null => (tal.length ? tal.reduce((a, b) => a + b, 0) / tal.length : null);

function kriteriumResultat(kriterium: Kriterium, tilbud: Tilbud, scorer: Scorer): KriteriumResultat {
  const indikatorer: KriteriumResultat['indikatorer'] = [];
  const ikkeGaeldende: Indikator[] = [];
  for (const indikator of indikatorerIKriterium(kriterium.id)) {
    if (!gaelderIndikator(indikator, tilbud).gaelder) {
      ikkeGaeldende.push(indikator);
      continue;
    }
    const s = scorer[indikator.id];
    indikatorer.push({ indikator, score: erGyldigScore(s) ? s : undefined });
  }
  const scoret = indikatorer.flatMap((i) => (i.score === undefined ? [] : [i.score]));
  return {
    kriterium,
    gennemsnit: gennemsnitAf(scoret),
    indikatorer,
    ikkeGaeldende,
    gaelder: indikatorer.length,
    scoret: scoret.length,
    mangler: indikatorer.length - scoret.length,
    gaelderIkke: ikkeGaeldende.length,
  };
}

const summer = (dele: Optaelling[]): Optaelling => ({
  gaelder: dele.reduce((a, d) => a + d.gaelder, 0),
  scoret: dele.reduce((a, d) => a + d.scoret, 0),
  mangler: dele.reduce((a, d) => a + d.mangler, 0),
  gaelderIkke: dele.reduce((a, d) => a + d.gaelderIkke, 0),
});

/** Driftsorienteret tilsyn: gennemsnit pr. kriterium og tema for et tilbud og dets scorer. */
export function beregnGennemsnit(tilbud: Tilbud, scorer: Scorer): DriftResultat {
  const temaer = TEMAER.map((tema): TemaResultat => {
    const kriterier = kriterierITema(tema.id).map((k) => kriteriumResultat(k, tilbud, scorer));
    const vaerdier = kriterier.flatMap((k) => (k.gennemsnit === null ? [] : [k.gennemsnit]));
    return { tema, kriterier, gennemsnit: gennemsnitAf(vaerdier), kriterierMedVaerdi: vaerdier.length, ...summer(kriterier) };
  });
  return { temaer, ...summer(temaer) };
}

export interface GodkendelseTema {
  tema: Tema;
  /** Gældende indikatorer i temaet. */
  gaelder: number;
  /** "Tilbuddet forventes at kunne opfylde indikatoren." */
  forventesOpfyldt: number;
  /** "Tilbuddet forventes ikke at kunne opfylde indikatoren." */
  forventesIkkeOpfyldt: number;
  /** Gældende indikatorer, der endnu ikke er bedømt. */
  ikkeBedoemt: number;
  gaelderIkke: number;
}

export interface GodkendelseResultat {
  temaer: GodkendelseTema[];
  gaelder: number;
  forventesOpfyldt: number;
  forventesIkkeOpfyldt: number;
  ikkeBedoemt: number;
  gaelderIkke: number;
}

/** Godkendelse: optælling pr. tema af de to mulige bedømmelser og af ikke bedømte indikatorer. Ingen gennemsnit. */
export function taelGodkendelse(tilbud: Tilbud, godkendelser: Godkendelser): GodkendelseResultat {
  const temaer = TEMAER.map((tema): GodkendelseTema => {
    const r: GodkendelseTema = { tema, gaelder: 0, forventesOpfyldt: 0, forventesIkkeOpfyldt: 0, ikkeBedoemt: 0, gaelderIkke: 0 };
    for (const k of kriterierITema(tema.id)) {
      for (const indikator of indikatorerIKriterium(k.id)) {
        if (!gaelderIndikator(indikator, tilbud).gaelder) {
          r.gaelderIkke++;
          continue;
        }
        r.gaelder++;
        const v = godkendelser[indikator.id];
        if (v === 'ja') r.forventesOpfyldt++;
        else if (v === 'nej') r.forventesIkkeOpfyldt++;
        else r.ikkeBedoemt++;
      }
    }
    return r;
  });
  const sum = (f: (t: GodkendelseTema) => number) => temaer.reduce((a, t) => a + f(t), 0);
  return {
    temaer,
    gaelder: sum((t) => t.gaelder),
    forventesOpfyldt: sum((t) => t.forventesOpfyldt),
    forventesIkkeOpfyldt: sum((t) => t.forventesIkkeOpfyldt),
    ikkeBedoemt: sum((t) => t.ikkeBedoemt),
    gaelderIkke: sum((t) => t.gaelderIkke),
  };
}

/**
 * Et gennemsnit med én decimal og decimalkomma: 3.5 → "3,5", 4 → "4,0"; null → "–".
 * Halve rundes op (3,25 → "3,3"); det lille tillæg fjerner binære afrundingsfejl (fx 1,15).
 */
export function formaterGennemsnit(tal: number | null): string {
  if (tal === null || !Number.isFinite(tal)) return '–';
  const afrundet = Math.round(tal * 10 + 1e-9) / 10;
  return afrundet.toFixed(1).replace('.', ',');
}
