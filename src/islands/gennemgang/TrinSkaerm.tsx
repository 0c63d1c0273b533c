/** Et trin i gennemgangen: om 1.b gælder, hvad en person er i gang med, eller hvordan personen indgår. */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { TILBUDSTYPE_NAVNE, type Scenarie } from '../../domain/indikator1b/index.ts';
import { erGodkendt } from '../../domain/oevelser/bedoem.ts';
import { KLASSER, KLASSE_NAVNE } from '../../domain/oevelser/klassifikation.ts';
import { UDFALD } from '../../domain/oevelser/bedoem.ts';
import PersonKort from '../../ui/PersonKort.tsx';
import SvarFormular from '../../ui/SvarFormular.tsx';
import { udfaldTekst } from '../../ui/oevelse-tekster.ts';
import { FeedbackIndhold } from './Feedback.tsx';
import Knapraekke from './Knapraekke.tsx';
import { T } from './tekster.ts';
import { bedoemTrin, type Svar, type Trin } from './tilstand.ts';

interface Props {
  scenarie: Scenarie;
  trin: Trin;
  nr: number;
  i_alt: number;
  besvaret: Svar | undefined;
  overskrift: Ref<HTMLHeadingElement>;
  feedback: Ref<HTMLDivElement>;
  onSvar: (svar: Svar) => void;
  onNaeste: () => void;
  onForfra: () => void;
}

function muligheder(t: Trin): [Svar, string][] {
  if (t.type === 'gaelder') {
    return [
      ['ja', T.ja],
      ['nej', T.nej],
    ];
  }
  if (t.type === 'hvad') return KLASSER.map((k) => [k, KLASSE_NAVNE[k]]);
  return UDFALD.map((u) => [u, udfaldTekst(u)]);
}

export default function TrinSkaerm({ scenarie, trin, nr, i_alt, besvaret, overskrift, feedback, onSvar, onNaeste, onForfra }: Props) {
  const [valgt, setValgt] = useState<Svar | null>(null);
  const status = besvaret === undefined ? null : bedoemTrin(scenarie, trin, besvaret).status;
  const sidste = nr === i_alt - 1;
  const legend =
    trin.type === 'gaelder' ? T.gaelderLegend(scenarie.navn) : trin.type === 'hvad' ? T.hvadLegend(trin.person.navn) : T.udfaldLegend(trin.person.navn);
  return (
    <div class="oevelse gennemgang">
      <p class="trin">{T.trin(nr + 1, i_alt)}</p>
      <h3 ref={overskrift} tabIndex={-1}>
        {trin.type === 'gaelder' ? `${scenarie.navn}: ${T.gaelderOverskrift}` : trin.person.navn}
      </h3>
      {trin.type === 'gaelder' ? (
        <div class="tilbud-intro">
          <p>
            <strong>{T.tilbudstype}:</strong> {TILBUDSTYPE_NAVNE[scenarie.tilbudstype]}
          </p>
          {scenarie.beskrivelse && <p>{scenarie.beskrivelse}</p>}
        </div>
      ) : (
        <PersonKort person={trin.person} visNavn={false} visKategorier={false} />
      )}
      <SvarFormular
        legend={legend}
        navn={`gennemgang-svar-${trin.noegle}`}
        muligheder={muligheder(trin)}
        valgt={valgt}
        besvaret={besvaret ?? null}
        knaptekst={T.svar}
        onVaelg={setValgt}
        onSvar={onSvar}
      />
      <div aria-live="polite" class="feedback-omraade">
        {besvaret !== undefined && status && (
          <div ref={feedback} tabIndex={-1} class={`feedback ${erGodkendt(status) ? 'rigtigt' : 'forkert'}`}>
            <FeedbackIndhold scenarie={scenarie} trin={trin} svar={besvaret} />
          </div>
        )}
      </div>
      <Knapraekke
        primaer={besvaret === undefined ? undefined : { tekst: sidste ? T.tilResultat : trin.type === 'hvad' ? T.videre : T.naeste, onClick: onNaeste }}
        onForfra={onForfra}
      />
    </div>
  );
}
