/**
 * En af sitets læsninger ved indikator 1.b: spørgsmålet, hvorfor det er åbent, og hvert valg med sin
 * forklaring. Sitets valg og det valg, brugerens svar svarer til, er markeret. Teksterne står i
 * læsningsdataene og hentes gennem motorens laesning().
 */
import { href as stierHref } from '../utils/stier.ts';
import { laesning as laesningData, type LaesningId } from '../domain/indikator1b/index.ts';

const T = {
  sitets: 'sitets valg',
  dit: 'dit svar passer med dette valg',
  laesning: 'Læsning',
  laesMere: (titel: string) => `Læs mere om læsningen: »${titel}«`,
} as const;

/** Afsnittet om læsningen på siden om indikator 1.b (samme anker som LaesningsListe.astro). */
const href = (id: LaesningId) => stierHref.laesning(id);

interface Props {
  laesning: LaesningId;
  /** Sitets valg. */
  valgt: string;
  /** Det valg, brugerens svar svarer til (hvis et andet end sitets). */
  dit?: string | null;
}

export default function LaesningVisning({ laesning, valgt, dit = null }: Props) {
  const l = laesningData(laesning);
  return (
    <div class="laesning">
      <p class="regel-titel">
        {T.laesning}: <strong>{l.titel}</strong>
      </p>
      <p>{l.hvorfor}</p>
      <ul class="laesning-valg">
        {l.valg.map((v) => (
          <li key={v.id}>
            <strong>{v.navn}</strong>
            {v.id === valgt && <span class="maerke">{T.sitets}</span>}
            {v.id === dit && <span class="maerke dit">{T.dit}</span>}
            <br />
            {v.forklaring}
          </li>
        ))}
      </ul>
      <p>
        <a href={href(laesning)}>{T.laesMere(l.titel)}</a>
      </p>
    </div>
  );
}
