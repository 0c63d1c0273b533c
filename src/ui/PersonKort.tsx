/**
 * Én person i et eksempel: rolle, alder, pension og beskrivelse. I øvelserne vises kun det, en
 * konsulent hører ved et besøg (beskrivelserne); facitsiden viser også kategorien af hvert forløb.
 */
import { FRAVAER_NAVNE, KATEGORI_NAVNE, PENSION_NAVNE, ROLLE_NAVNE, type Person } from '../domain/indikator1b/index.ts';
import { stort } from './tekster.ts';

const T = {
  aar: (n: number) => `${n} år`,
  timer: (n: number) => `${n.toLocaleString('da-DK')} ${n === 1 ? 'time' : 'timer'} om ugen`,
  forloeb: 'Det er personen i gang med',
  ingenForloeb: 'Ingen uddannelse, beskæftigelse, skole, dagtilbud eller aktiviteter.',
  kanIkkeVendeTilbage: 'kan ikke vende tilbage',
  afklares: 'Skal undersøges',
} as const;

interface Props {
  person: Person;
  /** Vis navnet (gennemgangen har det allerede i sin overskrift). */
  visNavn?: boolean;
  /** Vis kategorien af hvert forløb (facit). I øvelserne skal brugeren selv afgøre den. */
  visKategorier?: boolean;
}

export default function PersonKort({ person, visNavn = true, visKategorier = true }: Props) {
  const fakta = [stort(ROLLE_NAVNE[person.rolle])];
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
      {person.beskrivelse && <p>{person.beskrivelse}</p>}
      {visKategorier &&
        (person.forloeb.length === 0 ? (
          <p class="ingen-forloeb">{T.ingenForloeb}</p>
        ) : (
          <>
            <p class="forloeb-overskrift">{T.forloeb}:</p>
            <ul class="forloeb-liste">
              {person.forloeb.map((f, i) => {
                const detaljer = [
                  f.beskrivelse,
                  f.hjemmel,
                  f.timerPrUge !== undefined ? T.timer(f.timerPrUge) : undefined,
                  f.fravaer ? FRAVAER_NAVNE[f.fravaer] : undefined,
                  f.fravaer && f.kanVendeTilbage === false ? T.kanIkkeVendeTilbage : undefined,
                ].filter(Boolean);
                return (
                  <li key={i}>
                    <strong>{KATEGORI_NAVNE[f.kategori]}</strong>
                    {detaljer.length > 0 && <>: {detaljer.join(', ')}</>}
                    {f.afklares && (
                      <>
                        {' '}
                        ({T.afklares}: {f.afklares})
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
    </div>
  );
}
