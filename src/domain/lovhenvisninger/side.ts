/**
 * Sidens standardlov for henvisninger uden lovnavn (frontmatter `lovStandard`). Hvilke henvisninger
 * en side har, afgør link-pluginet alene (src/plugins/remark-lovhenvisninger.ts).
 */
import type { Aera, Kontekst } from './find.ts';
import type { LovId } from '../../schemas/lovgivning.ts';

export interface LovStandard {
  lov?: LovId;
  aera?: Aera;
}

export function kontekstFor(lovStandard?: LovStandard): Kontekst {
  return { lov: lovStandard?.lov ?? 'serviceloven', aera: lovStandard?.aera ?? 'gaeldende', eksplicit: Boolean(lovStandard?.lov) };
}
