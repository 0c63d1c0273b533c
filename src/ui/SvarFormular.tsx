/**
 * Et spørgsmål med svarmuligheder som radioknapper, en fejlbesked og en svarknap. Bruges af
 * gennemgangen og quizzen, så begge opfører sig ens for tastatur og skærmlæser: svares der uden et
 * valg, meldes det i en levende region; ellers får forælderen svaret.
 */
import { useState } from 'preact/hooks';
import { FAELLES } from './tekster.ts';

interface Props<T extends string | number> {
  legend: string;
  /** name-attributten for radioknapperne; unik pr. spørgsmål. */
  navn: string;
  muligheder: [T, string][];
  valgt: T | null;
  /** Det afgivne svar; null, indtil der er svaret. Så er valgene låst og svarknappen væk. */
  besvaret: T | null;
  knaptekst: string;
  onVaelg: (v: T) => void;
  /** Det valgte svar, når der svares med et valg (og kun første gang). */
  onSvar: (v: T) => void;
}

export default function SvarFormular<T extends string | number>(p: Props<T>) {
  const [fejl, setFejl] = useState('');
  function indsend(e: Event) {
    e.preventDefault();
    if (p.besvaret !== null) return;
    if (p.valgt === null) {
      setFejl(FAELLES.vaelgSvar);
      return;
    }
    setFejl('');
    p.onSvar(p.valgt);
  }
  return (
    <form onSubmit={indsend}>
      <fieldset disabled={p.besvaret !== null}>
        <legend>{p.legend}</legend>
        {p.muligheder.map(([v, tekst]) => (
          <label class="valg" key={`${p.navn}-${v}`}>
            <input
              type="radio"
              name={p.navn}
              value={String(v)}
              checked={(p.besvaret ?? p.valgt) === v}
              onChange={() => {
                setFejl('');
                p.onVaelg(v);
              }}
            />
            <span>{tekst}</span>
          </label>
        ))}
      </fieldset>
      <p class="fejl" aria-live="polite">
        {fejl}
      </p>
      {p.besvaret === null && (
        <button type="submit" class="knap primaer">
          {p.knaptekst}
        </button>
      )}
    </form>
  );
}
