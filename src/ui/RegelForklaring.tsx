/**
 * En regel fra motoren: titel, forklaring og link til det afsnit, der forklarer den. Teksten kommer
 * altid fra REGLER, så reglerne kun står ét sted.
 */
import { REGLER, regelHref, type RegelId } from '../domain/indikator1b/index.ts';
import { FAELLES } from './tekster.ts';
import Forklaring from './Forklaring.tsx';
import { medBase } from '../utils/stier.ts';

interface Props {
  regel: RegelId;
  /** Kun titlen som link, uden forklaring (til "også i spil" og hjælpetekster). */
  kort?: boolean;
  /** Tekst foran titlen, fx "Reglen". */
  foran?: string;
}

export default function RegelForklaring({ regel, kort = false, foran = FAELLES.regel }: Props) {
  const r = REGLER[regel];
  const link = (
    <a href={medBase(regelHref(regel))}>
      {FAELLES.laesMere}: „{r.kilde.overskrift}“
    </a>
  );
  if (kort) {
    return (
      <span class="regel-kort">
        <a href={medBase(regelHref(regel))}>{r.titel}</a>
        {r.fortolkning && <span class="maerke">{FAELLES.fortolkning}</span>}
      </span>
    );
  }
  return (
    <div class="regel">
      <p class="regel-titel">
        {foran}: <strong>{r.titel}</strong>
        {r.fortolkning && <span class="maerke">{FAELLES.fortolkning}</span>}
      </p>
      <p>
        <Forklaring tekst={r.forklaring} />
      </p>
      <p>{link}</p>
    </div>
  );
}
