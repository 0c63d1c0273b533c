/**
 * Kvalitetsmodellen som data (Kvalitetsmodellen, Social- og Boligstyrelsen): temaer, kriterier,
 * indikatorer og tilbudstyper, valideret én gang ved indlæsning. Sider, værktøjer og tests læser
 * modellen herfra, så ingen regel står to steder.
 */
import { z } from 'zod';
import temaerJson from '../../../content/data/kvalitetsmodel/temaer.json' with { type: 'json' };
import kriterierJson from '../../../content/data/kvalitetsmodel/kriterier.json' with { type: 'json' };
import indikatorerJson from '../../../content/data/kvalitetsmodel/indikatorer.json' with { type: 'json' };
import skalaJson from '../../../content/data/kvalitetsmodel/skala.json' with { type: 'json' };
import tilbudstyperJson from '../../../content/data/tilbudstyper.json' with { type: 'json' };
import {
  temaSkema,
  kriteriumSkema,
  indikatorSkema,
  skalaSkema,
  tilbudstypeSkema,
  type Indikator,
  type Kriterium,
  type Tema,
  type Tilbudstype,
} from '../../schemas/kvalitetsmodel.ts';

export const TEMAER: Tema[] = z.array(temaSkema).parse(temaerJson);
export const KRITERIER: Kriterium[] = z.array(kriteriumSkema).parse(kriterierJson);
export const INDIKATORER: Indikator[] = z.array(indikatorSkema).parse(indikatorerJson);
export const SKALA = skalaSkema.parse(skalaJson);
export const TILBUDSTYPER: Tilbudstype[] = z.array(tilbudstypeSkema).parse(tilbudstyperJson);

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
