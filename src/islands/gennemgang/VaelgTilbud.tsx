/** Første skærm: vælg et eksempel eller fortsæt en gemt gennemgang. */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { TILBUDSTYPE_NAVNE } from '../../domain/indikator1b/index.ts';
import Knapraekke from './Knapraekke.tsx';
import { T } from './tekster.ts';
import { trinFor, type Gemt, type ScenarieProp } from './tilstand.ts';

interface Props {
  scenarier: ScenarieProp[];
  gemt: Gemt | null;
  besked: string;
  overskrift: Ref<HTMLHeadingElement>;
  onStart: (id: string, fortsaet?: Gemt) => void;
  onForfra: () => void;
}

export default function VaelgTilbud({ scenarier, gemt, besked, overskrift, onStart, onForfra }: Props) {
  const [valgt, setValgt] = useState('');
  const [fejl, setFejl] = useState('');
  const gemtScenarie = gemt ? scenarier.find((s) => s.id === gemt.scenarie)?.data : undefined;
  return (
    <div class="oevelse gennemgang">
      {besked && (
        <p class="besked" role="status">
          {besked}
        </p>
      )}
      {gemt && gemtScenarie && (
        <div class="gemt">
          <p>{T.gemt(gemtScenarie.navn, Math.min(gemt.trin + 1, trinFor(gemtScenarie).length), trinFor(gemtScenarie).length)}</p>
          <Knapraekke primaer={{ tekst: T.fortsaet, onClick: () => onStart(gemt.scenarie, gemt) }} onForfra={onForfra} />
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valgt) {
            setFejl(T.vaelgFoerst);
            return;
          }
          onStart(valgt);
        }}
      >
        <fieldset>
          <legend>
            <h3 ref={overskrift} tabIndex={-1}>
              {T.vaelgLegend}
            </h3>
          </legend>
          {scenarier.map((s) => (
            // Teksten står i <strong> og <span> nedenfor; reglen kan ikke se indhold fra udtryk.
            // eslint-disable-next-line jsx-a11y-x/label-has-associated-control
            <label class="valg" key={s.id}>
              <input
                type="radio"
                name="gennemgang-tilbud"
                value={s.id}
                checked={valgt === s.id}
                onChange={() => {
                  setValgt(s.id);
                  setFejl('');
                }}
              />
              <span>
                <strong>{s.data.navn}</strong>
                <span class="hjaelp"> – {TILBUDSTYPE_NAVNE[s.data.tilbudstype]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p class="fejl" aria-live="polite">
          {fejl}
        </p>
        <button type="submit" class="knap primaer">
          {T.start}
        </button>
      </form>
    </div>
  );
}
