/**
 * Et spørgsmål med svarmuligheder som radioknapper, en fejlbesked og en svarknap. Bruges af
 * gennemgangen og quizzen, så begge opfører sig ens for tastatur og skærmlæser.
 */
interface Props<T extends string | number> {
  legend: string;
  /** name-attributten for radioknapperne; unik pr. spørgsmål. */
  navn: string;
  muligheder: [T, string][];
  valgt: T | null;
  /** Det afgivne svar; null, indtil der er svaret. Så er valgene låst og svarknappen væk. */
  besvaret: T | null;
  fejl: string;
  knaptekst: string;
  onVaelg: (v: T) => void;
  onSvar: (e: Event) => void;
}

export default function SvarFormular<T extends string | number>(p: Props<T>) {
  return (
    <form onSubmit={p.onSvar}>
      <fieldset disabled={p.besvaret !== null}>
        <legend>{p.legend}</legend>
        {p.muligheder.map(([v, tekst]) => (
          <label class="valg" key={`${p.navn}-${v}`}>
            <input type="radio" name={p.navn} value={String(v)} checked={(p.besvaret ?? p.valgt) === v} onChange={() => p.onVaelg(v)} />
            <span>{tekst}</span>
          </label>
        ))}
      </fieldset>
      <p class="fejl" aria-live="polite">
        {p.fejl}
      </p>
      {p.besvaret === null && (
        <button type="submit" class="knap primaer">
          {p.knaptekst}
        </button>
      )}
    </form>
  );
}
