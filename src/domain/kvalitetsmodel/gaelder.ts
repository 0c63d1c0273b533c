/**
 * Hvilke indikatorer gælder for et tilbud? Læser alene gælder-reglerne i indikatordataene
 * (Kvalitetsmodellens "gælder ikke"/"gælder kun"-afsnit).
 */
import type { Indikator } from '../../schemas/kvalitetsmodel.ts';
import { tilbudstypeNavn } from './model.ts';

export interface Tilbud {
  /** id fra content/data/tilbudstyper.json */
  tilbudstype: string;
  /** Privat tilbud med en bestyrelse (betydning for indikator 8.c). */
  privatMedBestyrelse: boolean;
}

export type Gaelder = { gaelder: true } | { gaelder: false; grund: string; kildetekst: string };

export function gaelderIndikator(indikator: Indikator, tilbud: Tilbud): Gaelder {
  const regel = indikator.gaelder;
  if (!regel) return { gaelder: true };
  const navn = tilbudstypeNavn(tilbud.tilbudstype);
  if (regel.ikke?.includes(tilbud.tilbudstype)) {
    return { gaelder: false, grund: `Indikator ${indikator.id} gælder ikke for: ${navn}.`, kildetekst: regel.kildetekst };
  }
  if (regel.kun && !regel.kun.includes(tilbud.tilbudstype)) {
    return {
      gaelder: false,
      grund: `Indikator ${indikator.id} gælder kun for bestemte tilbudstyper, og ${navn.toLowerCase()} er ikke blandt dem.`,
      kildetekst: regel.kildetekst,
    };
  }
  if (regel.kunPrivatMedBestyrelse && !tilbud.privatMedBestyrelse) {
    return { gaelder: false, grund: `Indikator ${indikator.id} gælder kun for private tilbud med en bestyrelse.`, kildetekst: regel.kildetekst };
  }
  return { gaelder: true };
}
