/**
 * Et skrivebeskyttet tekstfelt med udkastet til bedømmelsen, en knap, der kopierer teksten (Kopier),
 * og eventuelt en knap, der udskriver den.
 */
import Kopier from './Kopier.tsx';
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
  const linjer = Math.min(14, Math.max(4, Math.ceil(tekst.length / 70) + tekst.split('\n').length));
  return (
    <Kopier tekst={tekst} knap={FAELLES.kopier} kopieret={FAELLES.kopieret} fejl={FAELLES.kopierFejl} felt={{ etiket, linjer }} klasse="kopier-tekst">
      {udskriv && (
        <button type="button" class="knap" onClick={() => udskrivTekst(etiket, tekst)}>
          {udskriv}
        </button>
      )}
    </Kopier>
  );
}
