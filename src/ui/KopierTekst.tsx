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

/**
 * Udskriver kun teksten: en kopi lægges øverst i <body>, og udskriftens CSS skjuler alt andet, så et
 * almindeligt udkast fylder én A4-side. Kopien fjernes igen efter udskriften.
 */
function udskrivTekst(overskrift: string, tekst: string) {
  const boks = document.createElement('div');
  boks.id = 'udskrift';
  const h = document.createElement('h1');
  h.textContent = overskrift;
  boks.append(h);
  for (const afsnit of tekst.split('\n\n')) {
    const p = document.createElement('p');
    p.textContent = afsnit;
    boks.append(p);
  }
  document.body.append(boks);
  document.body.classList.add('udskriver-udkast');
  const ryd = () => {
    boks.remove();
    document.body.classList.remove('udskriver-udkast');
  };
  window.addEventListener('afterprint', ryd, { once: true });
  window.print();
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
      <label htmlFor={`${id}-udkast`}>{etiket}</label>
      <textarea id={`${id}-udkast`} ref={felt} readOnly rows={linjer} value={tekst} />
      <div class="knapper">
        <button type="button" class="knap" onClick={kopier}>
          {FAELLES.kopier}
        </button>
        {udskriv && (
          <button type="button" class="knap" onClick={() => udskrivTekst(etiket, tekst)}>
            {udskriv}
          </button>
        )}
      </div>

      <p class="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
