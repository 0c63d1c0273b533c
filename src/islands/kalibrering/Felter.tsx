/** Kalibreringens formularstykker: tekstfelt og rulleliste med etiket (og hjælp) og listen over det, der skal rettes. */
import type { Ref } from 'preact';

interface TekstFeltProps {
  id: string;
  etiket: string;
  hjaelp?: string;
  value: string;
  onInput: (vaerdi: string) => void;
  maxLength?: number;
  autoComplete?: 'off';
  inputMode?: 'numeric';
}

/** Et tekstfelt i et afsnit (p.felt): etiket, eventuel hjælpetekst (knyttet til feltet) og feltet. */
export function TekstFelt({ id, etiket, hjaelp, value, onInput, maxLength, autoComplete, inputMode }: TekstFeltProps) {
  return (
    <p class="felt">
      <label htmlFor={id}>{etiket}</label>
      {hjaelp && (
        <span class="hjaelp" id={`${id}-hjaelp`}>
          {hjaelp}
        </span>
      )}
      <input
        id={id}
        type="text"
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        value={value}
        aria-describedby={hjaelp ? `${id}-hjaelp` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </p>
  );
}

interface ValgFeltProps<V extends string> {
  id: string;
  etiket: string;
  value: V | '';
  /** Værdierne og deres tekst, i rækkefølge. */
  valg: readonly (readonly [V, string])[];
  /** Teksten for det tomme valg (""); uden den er der intet tomt valg. */
  tom?: string;
  onChange: (vaerdi: V | '') => void;
}

/** En rulleliste i et afsnit (p.felt) med etiket og eventuelt et tomt valg først. */
export function ValgFelt<V extends string>({ id, etiket, value, valg, tom, onChange }: ValgFeltProps<V>) {
  return (
    <p class="felt">
      <label htmlFor={id}>{etiket}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as V | '')}>
        {tom !== undefined && <option value="">{tom}</option>}
        {valg.map(([v, tekst]) => (
          <option key={v} value={v}>
            {tekst}
          </option>
        ))}
      </select>
    </p>
  );
}

interface FejlListeProps {
  overskrift: string;
  /** Med `felt` bliver beskeden et link til feltet. */
  fejl: { besked: string; felt?: string }[];
  /** Fokus flyttes hertil, når formularen afvises. */
  fokusRef: Ref<HTMLDivElement>;
}

/** Det, der skal rettes, før formularen kan sendes: en levende region, som også kan få fokus. */
export function FejlListe({ overskrift, fejl, fokusRef }: FejlListeProps) {
  return (
    <div ref={fokusRef} tabIndex={-1} class={fejl.length > 0 ? 'fejlliste' : undefined} aria-live="polite">
      {fejl.length > 0 && (
        <>
          <p>
            <strong>{overskrift}</strong>
          </p>
          <ul>
            {fejl.map((f, i) => (
              <li key={f.felt ?? i}>{f.felt ? <a href={`#${f.felt}`}>{f.besked}</a> : f.besked}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
