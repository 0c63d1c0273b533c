/**
 * Kvalitetsmodellen som data (Kvalitetsmodellen, Social- og Boligstyrelsen): temaer, kriterier,
 * indikatorer og tilbudstyper. Sider, værktøjer og tests læser modellen herfra, så ingen regel står
 * to steder. Modulet importerer ikke zod, så det kan bruges i browseren uden at trække valideringen
 * med: dataene valideres mod skemaerne i src/schemas/kvalitetsmodel.ts af indholdssamlingerne i
 * content.config.ts (bygningen fejler ved fejl) og af enhedstestene.
 */
import temaerJson from '../../../content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import kriterierJson from '../../../content/data/kvalitetsmodel/kriterier.json' with { type: 'json' };
import indikatorerJson from '../../../content/data/kvalitetsmodel/indikatorer.json' with { type: 'json' };
import skalaJson from '../../../content/data/kvalitetsmodel/skala.json' with { type: 'json' };
import tilbudstyperJson from '../../../content/data/tilbudstyper.json' with { type: 'json' };
import type { Indikator, Kriterium, Skala, Tema, Tilbudstype } from '../../schemas/kvalitetsmodel.ts';

export const TEMAER = temaerJson as Tema[];
export const KRITERIER = kriterierJson as Kriterium[];
export const INDIKATORER = indikatorerJson as Indikator[];
export const SKALA = skalaJson as Skala;
export const TILBUDSTYPER = tilbudstyperJson as Tilbudstype[];

export const tilbudstypeNavn = (id: string): string => TILBUDSTYPER.find((t) => t.id === id)?.navn ?? id;

export function kriterierITema(temaId: string): Kriterium[] {
  return KRITERIER.filter((k) => k.tema === temaId);
}

export function indikatorerIKriterium(kriteriumId: string): Indikator[] {
  return INDIKATORER.filter((i) => i.kriterium === kriteriumId);
}

export function temaForIndikator(indikator: Indikator): Tema | undefined {
  const kriterium = KRITERIER.find((k) => k.id === indikator.kriterium);
  return TEMAER.find((t) => t.id === kriterium?.tema);
}
