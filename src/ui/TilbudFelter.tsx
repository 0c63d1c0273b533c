/**
 * Felterne til at vælge tilbud: tilbudstype (grupperet i voksne og børn og unge) og afkrydsningen
 * "Privat tilbud med bestyrelse". Bruges af IndikatorVaelger og Spindelvaev; listen og hvilke
 * indikatorer bestyrelsen har betydning for, læses fra kvalitetsmodellens data.
 */
import { INDIKATORER, TILBUDSTYPER } from '../domain/kvalitetsmodel/model.ts';

interface Props {
  /** Præfiks til id'er, så to forekomster på samme side ikke støder sammen. */
  idPrefix: string;
  tilbud: string | null;
  privatMedBestyrelse: boolean;
  onTilbud: (id: string | null) => void;
  onBestyrelse: (privatMedBestyrelse: boolean) => void;
}

const GRUPPER = [
  { gruppe: 'voksne', navn: 'Tilbud til voksne' },
  { gruppe: 'boern', navn: 'Tilbud til børn og unge' },
] as const;

const BESTYRELSES_INDIKATORER = INDIKATORER.filter((i) => i.gaelder?.kunPrivatMedBestyrelse).map((i) => i.id);

export default function TilbudFelter({ idPrefix, tilbud, privatMedBestyrelse, onTilbud, onBestyrelse }: Props) {
  const hjaelp = `${idPrefix}-bestyrelse-hjaelp`;
  return (
    <div class="vt-tilbud">
      <div class="vt-felt">
        <label htmlFor={`${idPrefix}-tilbud`}>Tilbudstype</label>
        <select id={`${idPrefix}-tilbud`} value={tilbud ?? ''} onChange={(e) => onTilbud(e.currentTarget.value || null)}>
          <option value="">Vælg en tilbudstype</option>
          {GRUPPER.map((g) => (
            <optgroup label={g.navn} key={g.gruppe}>
              {TILBUDSTYPER.filter((t) => t.gruppe === g.gruppe).map((t) => (
                <option value={t.id} key={t.id}>
                  {t.navn}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="vt-felt vt-afkryds">
        <input
          type="checkbox"
          id={`${idPrefix}-bestyrelse`}
          checked={privatMedBestyrelse}
          aria-describedby={hjaelp}
          onChange={(e) => onBestyrelse(e.currentTarget.checked)}
        />
        <label htmlFor={`${idPrefix}-bestyrelse`}>Privat tilbud med bestyrelse</label>
        <p id={hjaelp} class="vt-hjaelp">
          Har betydning for {BESTYRELSES_INDIKATORER.length === 1 ? 'indikator' : 'indikatorerne'} {BESTYRELSES_INDIKATORER.join(', ')}.
        </p>
      </div>
    </div>
  );
}
