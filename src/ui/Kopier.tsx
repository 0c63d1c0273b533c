/**
 * Kopiér til udklipsholderen: en knap (og eventuelt et skrivebeskyttet felt med teksten), der
 * kopierer og melder resultatet i en levende region. Afviser browseren udklipsholderen, markeres
 * teksten i feltet, og brugeren får besked på dansk om at kopiere selv. Bruges til udkastet til
 * bedømmelsen, kalibreringens links og beregnerens delelink.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

interface Props {
  /** Teksten, der kopieres, eller en funktion, der laver den ved klik (fx et link med den aktuelle tilstand). */
  tekst: string | (() => string | Promise<string>);
  /** Knappens tekst. */
  knap: string;
  /** Beskeden, når teksten er kopieret. */
  kopieret: string;
  /** Beskeden, når browseren ikke vil kopiere. */
  fejl: string;
  /** Et skrivebeskyttet felt med teksten og dets etiket; `linjer` giver et tekstområde i stedet for en linje. */
  felt?: { etiket: string; hjaelp?: string; linjer?: number };
  /** Klassen på rammen om feltet. */
  klasse?: string;
  /** Beskeden sendes til forælderens levende region i stedet for komponentens egen. */
  meld?: (besked: string) => void;
  /** Flere knapper i samme række. */
  children?: ComponentChildren;
}

export default function Kopier({ tekst, knap, kopieret, fejl, felt, klasse, meld, children }: Props) {
  const id = useId();
  const feltRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const vis = meld ?? setStatus;

  async function kopier() {
    vis('');
    const t = typeof tekst === 'string' ? tekst : await tekst();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('ingen udklipsholder');
      await navigator.clipboard.writeText(t);
      vis(kopieret);
    } catch {
      feltRef.current?.focus();
      feltRef.current?.select();
      vis(fejl);
    }
  }

  const knapper = (
    <div class="knapper">
      <button type="button" class="knap" onClick={() => void kopier()}>
        {knap}
      </button>
      {children}
    </div>
  );
  const region = meld ? null : (
    <p class="status" aria-live="polite">
      {status}
    </p>
  );
  if (!felt) {
    return (
      <>
        {knapper}
        {region}
      </>
    );
  }
  const vaerdi = typeof tekst === 'string' ? tekst : '';
  const hjaelpId = felt.hjaelp ? `${id}-hjaelp` : undefined;
  return (
    <div class={klasse}>
      <label htmlFor={id}>{felt.etiket}</label>
      {felt.hjaelp && (
        <p class="hjaelp" id={hjaelpId}>
          {felt.hjaelp}
        </p>
      )}
      {felt.linjer ? (
        <textarea id={id} ref={feltRef} readOnly rows={felt.linjer} value={vaerdi} aria-describedby={hjaelpId} />
      ) : (
        <input id={id} ref={feltRef} type="text" readOnly value={vaerdi} aria-describedby={hjaelpId} />
      )}
      {knapper}
      {region}
    </div>
  );
}
