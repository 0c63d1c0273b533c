/**
 * Beregner for indikator 1.b på et rigtigt tilbud: kun antal, ingen navne. Felterne er motorens
 * ANTAL_FELTER; beregningen og valideringen er motorens beregnFraAntal (AntalFejl ved forkerte tal).
 * Tallene forlader ikke browseren.
 */
import { useId, useState } from 'preact/hooks';
import {
  ANTAL_FELTER,
  AntalFejl,
  TILBUDSTYPE_NAVNE,
  beregnFraAntal,
  type Antal,
  type Intervaller,
  type RegelId,
  type Resultat,
  type Tilbudstype,
} from '../domain/indikator1b/klient.ts';
import RegelForklaring from './RegelForklaring.tsx';
import ResultatVisning from './ResultatVisning.tsx';
import { brok, graense } from './tekster.ts';
import '../styles/oevelser.css';

const T = {
  privat: 'Tallene bliver i din browser. Intet sendes.',
  legend: 'Antal personer på tilbuddet',
  tilbudstype: 'Tilbudstype',
  beregn: 'Beregn',
  resultat: 'Resultat',
  fejlOverskrift: 'Der er en fejl i tallene',
  ingenScore: 'Der vises ingen score, før tallene er rettet.',
  begrundelse: 'Sådan er der regnet',
  taeller: (t: number, borgere: number, boern: number) => `Tæller med: ${t} (${borgere} borgere og ${boern} medfølgende børn).`,
  grundlag: (g: number, borgere: number, boern: number) => `Grundlag: ${g} (${borgere} borgere og ${boern} medfølgende børn).`,
  trin: (andel: string, ord: string, fra: string) => `Andelen ${andel} når trinnet „${ord}“, der i sitets tabel starter ved ${fra}.`,
  samlet: 'Borgere og medfølgende børn er lagt sammen i ét grundlag. Vejledningen siger ikke, om de skal regnes sammen eller hver for sig; tallene for hver gruppe står i tabellen.',
  fortolkning: 'Sitets fortolkning',
  seTabel: 'Se tabellen over trinnene',
  hjaelp: 'Hvilket felt hører en person til? Se reglerne',
} as const;

/** Danske navne på motorens felter; bruges i etiketter og fejlbeskeder. */
export const FELT_NAVNE: Record<keyof Antal, string> = {
  borgereITilbud: 'Borgere i uddannelse, beskæftigelse eller samværs- og aktivitetstilbud',
  borgereIkkeITilbud: 'Borgere, der ikke er i noget af det',
  folkepensionisterUdenTilbud: 'Borgere på folkepension, der ikke er i noget af det',
  boernITilbud: 'Medfølgende børn i dagtilbud eller grundskole uden for tilbuddet',
  boernIkkeITilbud: 'Medfølgende børn, der ikke er i dagtilbud eller grundskole',
};

/** Regler, der hjælper med at placere en person i det rigtige felt (titler og links fra motoren). */
const FELT_REGLER: Record<keyof Antal, RegelId[]> = {
  borgereITilbud: ['saerlig-uddannelse', 'saerlig-beskaeftigelse', 'samvaer-aktivitet', 'omfang', 'fravaer'],
  borgereIkkeITilbud: ['egen-aktivitet', 'foertidspension', 'ikke-i-gang'],
  folkepensionisterUdenTilbud: ['folkepension-udeladt'],
  boernITilbud: ['barn-i-tilbud', 'fravaer'],
  boernIkkeITilbud: ['barn-egen-pasning', 'barn-andet'],
};

const IKKE_ET_TAL = 'noget, der ikke er et tal';

interface Felt {
  tekst: string;
  ugyldig: boolean;
}

interface Props {
  intervaller: Intervaller;
}

/** Fra feltets tekst til det, motoren skal validere: tom → mangler, tal → tal, andet → teksten. */
function tilVaerdi(f: Felt): unknown {
  const t = f.tekst.trim();
  if (t === '') return f.ugyldig ? IKKE_ET_TAL : undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

/** Motorens besked uden feltets kodenavn foran, fx "må ikke være negativ (fik -1)". */
function beskedUdenFelt(fejl: AntalFejl): string {
  const prefiks = `${fejl.felt}: `;
  return fejl.message.startsWith(prefiks) ? fejl.message.slice(prefiks.length) : fejl.message;
}

export default function Beregn1b({ intervaller }: Props) {
  const id = useId();
  const tilbudstyper = Object.entries(TILBUDSTYPE_NAVNE) as [Tilbudstype, string][];
  const [tilbudstype, setTilbudstype] = useState<Tilbudstype>(tilbudstyper[0][0]);
  const [felter, setFelter] = useState<Record<keyof Antal, Felt>>(
    () => Object.fromEntries(ANTAL_FELTER.map((f) => [f, { tekst: '', ugyldig: false }])) as Record<keyof Antal, Felt>,
  );
  const [resultat, setResultat] = useState<Omit<Resultat, 'personer'> | null>(null);
  const [fejl, setFejl] = useState<{ felt: keyof Antal; besked: string; kort: string } | null>(null);

  function beregn(e: Event) {
    e.preventDefault();
    const antal = Object.fromEntries(ANTAL_FELTER.map((f) => [f, tilVaerdi(felter[f])])) as unknown as Antal;
    try {
      setResultat(beregnFraAntal(antal, tilbudstype, intervaller));
      setFejl(null);
    } catch (err) {
      if (!(err instanceof AntalFejl)) throw err;
      setResultat(null);
      setFejl({ felt: err.felt, besked: `${FELT_NAVNE[err.felt]}: ${beskedUdenFelt(err)}`, kort: beskedUdenFelt(err) });
    }
  }

  const feltId = (f: keyof Antal) => `${id}-${f}`;

  return (
    <div class="oevelse beregner">
      <p class="privat">{T.privat}</p>
      <form onSubmit={beregn} noValidate>
        <div class="felt">
          <label for={`${id}-tilbudstype`}>{T.tilbudstype}</label>
          <select id={`${id}-tilbudstype`} value={tilbudstype} onChange={(e) => setTilbudstype(e.currentTarget.value as Tilbudstype)}>
            {tilbudstyper.map(([v, navn]) => (
              <option key={v} value={v}>
                {navn}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{T.legend}</legend>
          {ANTAL_FELTER.map((f) => {
            const harFejl = fejl?.felt === f;
            return (
              <div class={`felt${harFejl ? ' har-fejl' : ''}`} key={f}>
                <label for={feltId(f)}>{FELT_NAVNE[f]}</label>
                <input
                  id={feltId(f)}
                  name={f}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={felter[f].tekst}
                  aria-invalid={harFejl ? 'true' : undefined}
                  aria-describedby={harFejl ? `${feltId(f)}-fejl` : undefined}
                  onInput={(e) => {
                    const el = e.currentTarget;
                    setFelter((alle) => ({ ...alle, [f]: { tekst: el.value, ugyldig: el.validity?.badInput ?? false } }));
                  }}
                />
                {harFejl && (
                  <p class="fejl" id={`${feltId(f)}-fejl`}>
                    {fejl.kort}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        <details class="felt-regler">
          <summary>{T.hjaelp}</summary>
          <dl>
            {ANTAL_FELTER.map((f) => (
              <>
                <dt key={`${f}-dt`}>{FELT_NAVNE[f]}</dt>
                <dd key={`${f}-dd`}>
                  <ul>
                    {FELT_REGLER[f].map((r) => (
                      <li key={r}>
                        <RegelForklaring regel={r} kort />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ))}
          </dl>
        </details>
        <button type="submit" class="knap primaer">
          {T.beregn}
        </button>
      </form>
      <div aria-live="polite" class="beregner-resultat">
        {fejl && (
          <div class="fejl-opsummering">
            <p>
              <strong>{T.fejlOverskrift}.</strong>
            </p>
            <p>
              <a href={`#${feltId(fejl.felt)}`}>{fejl.besked}</a>
            </p>
            <p>{T.ingenScore}</p>
          </div>
        )}
        {resultat && (
          <>
            <h3>{T.resultat}</h3>
            <ResultatVisning resultat={resultat} />
            {resultat.gaelder && (
              <>
                <h4>{T.begrundelse}</h4>
                <ul>
                  <li>{T.taeller(resultat.taeller, resultat.borgere.taeller, resultat.boern.taeller)}</li>
                  <li>{T.grundlag(resultat.grundlag, resultat.borgere.grundlag, resultat.boern.grundlag)}</li>
                  {resultat.udeladt > 0 && (
                    <li>
                      <RegelForklaring regel="folkepension-udeladt" kort />
                    </li>
                  )}
                  {resultat.borgere.grundlag > 0 && resultat.boern.grundlag > 0 && (
                    <li>
                      {T.samlet} <span class="maerke">{T.fortolkning}</span>
                    </li>
                  )}
                  {resultat.baand && resultat.andel !== null && (
                    <li>
                      {T.trin(brok(resultat.taeller, resultat.grundlag, resultat.andel), resultat.baand.ord, graense(resultat.baand.fra))}{' '}
                      <a href="#intervaller">{T.seTabel}</a>.
                    </li>
                  )}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
