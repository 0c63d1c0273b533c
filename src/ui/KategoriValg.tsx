/**
 * Hvad en person er i: en gruppe afkrydsningsfelter med de kategorier, der passer til rollen (børn har
 * deres egne ord), så en person kan være i flere ting på én gang (fx STU og et fritidsjob).
 * Bruges af beregneren og af kalibreringens tilbudsbygger.
 */
import { RAEKKE_KATEGORIER, kategoriTekst } from '../domain/indikator1b/beregner.ts';
import type { Kategori, Rolle } from '../domain/indikator1b/index.ts';

interface Props {
  etiket: string;
  rolle: Rolle;
  valgte: readonly Kategori[];
  onChange: (valgte: Kategori[]) => void;
}

export default function KategoriValg({ etiket, rolle, valgte, onChange }: Props) {
  return (
    <fieldset class="kategorier">
      <legend>{etiket}</legend>
      {RAEKKE_KATEGORIER[rolle].map((k) => (
        <label key={k} class="valg">
          <input
            type="checkbox"
            checked={valgte.includes(k)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...valgte, k] : valgte.filter((x) => x !== k))}
          />
          {kategoriTekst(rolle, k)}
        </label>
      ))}
    </fieldset>
  );
}
