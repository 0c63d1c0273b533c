/**
 * Et skrivebeskyttet tekstfelt med udkastet til bedømmelsen og en knap, der kopierer teksten.
 * Kan udklipsholderen ikke bruges, markeres teksten, og brugeren får besked på dansk.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { FAELLES } from './tekster.ts';

interface Props {
  tekst: string;
  etiket?: string;
  /** Tekst på en udskriv-knap; uden den vises ingen knap. Udskriften rummer kun udkastet (A4). */
  udskriv?: string;
}

export default function KopierTekst({ tekst, etiket = FAELLES.udkast, udskriv }: Props) {
  const id = useId();
  const felt = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  async function kopier() {
    setStatus('');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('ingen udklipsholder');
      await navigator.clipboard.writeText(tekst);
      setStatus(FAELLES.kopieret);
    } catch {
      felt.current?.focus();
      felt.current?.select();
      setStatus(FAELLES.kopierFejl);
    }
  }

  const linjer = Math.min(14, Math.max(4, Math.ceil(tekst.length / 70) + tekst.split('\n').length));
  return (
    <div class="kopier-tekst">
      <label for={`${id}-udkast`}>{etiket}</label>
      <textarea id={`${id}-udkast`} ref={felt} readOnly rows={linjer} value={tekst} />
      <div class="knapper">
        <button type="button" class="knap" onClick={kopier}>
          {FAELLES.kopier}
        </button>
        {udskriv && (
          <button
            type="button"
            class="knap"
            onClick={() => {
              document.body.classList.add('udskriver-udkast');
              window.print();
              document.body.classList.remove('udskriver-udkast');
            }}
          >
            {udskriv}
          </button>
        )}
      </div>
      {udskriv && (
        <div class="udkast-tryk" aria-hidden="true">
          <h1>{etiket}</h1>
          {tekst.split('\n\n').map((a, i) => (
            <p key={i}>{a}</p>
          ))}
        </div>
      )}
      <p class="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
