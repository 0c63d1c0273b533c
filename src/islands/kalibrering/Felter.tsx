/** Kalibreringens formularstykker: tekstfelt og rulleliste med etiket (og hjælp) og listen over det, der skal rettes. */
import type { ComponentProps, Ref } from 'preact';
import Valgliste from '../../ui/Valgliste.tsx';
import Fejlliste from '../../ui/Fejlliste.tsx';

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

/** En rulleliste i et afsnit (p.felt). */
export function ValgFelt<V extends string>(p: ComponentProps<typeof Valgliste<V>>) {
  return (
    <p class="felt">
      <Valgliste {...p} />
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
      {fejl.length > 0 && <Fejlliste overskrift={overskrift} fejl={fejl} />}
    </div>
  );
}
