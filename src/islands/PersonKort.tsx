/**
 * Én person i et eksempel: rolle, alder, pension, beskrivelse og forløb med motorens navne for
 * kategorier og fravær. Bruges af gennemgangen (i browseren) og af oversigten (serverrenderet).
 */
import { FRAVAER_NAVNE, KATEGORI_NAVNE, PENSION_NAVNE, ROLLE_NAVNE, type Person } from '../domain/indikator1b/index.ts';

const T = {
  aar: (n: number) => `${n} år`,
  timer: (n: number) => `${n.toLocaleString('da-DK')} ${n === 1 ? 'time' : 'timer'} om ugen`,
  forloeb: 'Det er personen i gang med',
  ingenForloeb: 'Ingen uddannelse, beskæftigelse, skole, dagtilbud eller aktiviteter.',
} as const;

interface Props {
  person: Person;
  /** Vis navnet (gennemgangen har det allerede i sin overskrift). */
  visNavn?: boolean;
}

function stor(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

export default function PersonKort({ person, visNavn = true }: Props) {
  const fakta = [stor(ROLLE_NAVNE[person.rolle])];
  if (person.alder !== undefined) fakta.push(T.aar(person.alder));
  if (person.pension) fakta.push(PENSION_NAVNE[person.pension]);
  return (
    <div class="person-kort">
      {visNavn && (
        <p class="person-navn">
          <strong>{person.navn}</strong>
        </p>
      )}
      <p class="person-fakta">{fakta.join(' · ')}</p>
      <p>{person.beskrivelse}</p>
      {person.forloeb.length === 0 ? (
        <p class="ingen-forloeb">{T.ingenForloeb}</p>
      ) : (
        <>
          <p class="forloeb-overskrift">{T.forloeb}:</p>
          <ul class="forloeb-liste">
            {person.forloeb.map((f) => {
              const detaljer = [f.beskrivelse, f.timerPrUge !== undefined ? T.timer(f.timerPrUge) : undefined, f.fravaer ? FRAVAER_NAVNE[f.fravaer] : undefined].filter(Boolean);
              return (
                <li>
                  <strong>{KATEGORI_NAVNE[f.kategori]}</strong>
                  {detaljer.length > 0 && <>: {detaljer.join(', ')}</>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
