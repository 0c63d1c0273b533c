/** Et link i et skrivebeskyttet felt med en kopiér-knap og en dansk besked, hvis kopieringen ikke lykkes. */
import { useId, useRef, useState } from 'preact/hooks';

interface Props {
  etiket: string;
  href: string;
  hjaelp?: string;
}

export default function KopierLink({ etiket, href, hjaelp }: Props) {
  const id = useId();
  const felt = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  return (
    <div class="kopier-link">
      <label htmlFor={id}>{etiket}</label>
      {hjaelp && (
        <p class="hjaelp" id={`${id}-hjaelp`}>
          {hjaelp}
        </p>
      )}
      <input id={id} ref={felt} type="text" readOnly value={href} aria-describedby={hjaelp ? `${id}-hjaelp` : undefined} />
      <div class="knapper">
        <button
          type="button"
          class="knap"
          onClick={async () => {
            try {
              if (!navigator.clipboard?.writeText) throw new Error('ingen udklipsholder');
              await navigator.clipboard.writeText(href);
              setStatus('Linket er kopieret.');
            } catch {
              felt.current?.focus();
              felt.current?.select();
              setStatus('Linket kunne ikke kopieres automatisk. Det er markeret: kopiér det med Ctrl+C (Cmd+C på Mac).');
            }
          }}
        >
          Kopiér linket
        </button>
      </div>
      <p class="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
