/**
 * Beregner for indikator 1.b på et rigtigt tilbud: kun antal pr. gruppe, ingen navne. Grupperne og
 * deres vurdering er motorens (GRUPPER, taelGrupper); resultatet er motorens beregnFraAntal.
 * Tallene forlader ikke browseren.
 */
import { useId, useState } from 'preact/hooks';
import {
  GRUPPER,
  TILBUDSTYPE_NAVNE,
  beregnFraAntal,
  taelGrupper,
  type Gruppe,
  type Intervaller,
  type PersonVurdering,
  type Resultat,
  type Tilbudstype,
} from '../domain/indikator1b/klient.ts';
import RegelForklaring from './RegelForklaring.tsx';
import ResultatVisning from './ResultatVisning.tsx';
import { brok, graense } from './tekster.ts';
import '../styles/oevelser.css';

const T = {
  privat: 'Tallene bliver i din browser. Intet sendes.',
  borgere: 'Borgere: hvor mange er i …',
  boern: 'Medfølgende børn: hvor mange er …',
  flere: 'Er en person i flere ting, så tæl personen ét sted: dér, hvor personen tæller med, hvis det gælder noget af det. Er en person midlertidigt væk fra sin uddannelse eller sit arbejde (fx sygemeldt, på orlov eller i behandling), så tæl personen der.',
  grupper: 'Sådan er hver gruppe talt',
  status: (v: PersonVurdering) => (v.udeladt ? 'udelades af grundlaget' : v.taeller ? 'tæller med' : 'tæller ikke med'),
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
} as const;

const IKKE_ET_TAL = 'noget, der ikke er et tal';

interface Felt {
  tekst: string;
  ugyldig: boolean;
}

interface Props {
  intervaller: Intervaller;
}

/** Fra feltets tekst til det, motoren skal validere: tom → 0, tal → tal, andet → teksten. */
function tilVaerdi(f: Felt): unknown {
  const t = f.tekst.trim();
  if (t === '') return f.ugyldig ? IKKE_ET_TAL : undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

export default function Beregn1b({ intervaller }: Props) {
  const id = useId();
  const tilbudstyper = Object.entries(TILBUDSTYPE_NAVNE) as [Tilbudstype, string][];
  const [tilbudstype, setTilbudstype] = useState<Tilbudstype>(tilbudstyper[0][0]);
  const [felter, setFelter] = useState<Record<string, Felt>>(() => Object.fromEntries(GRUPPER.map((g) => [g.id, { tekst: '', ugyldig: false }])));
  const [resultat, setResultat] = useState<Omit<Resultat, 'personer'> | null>(null);
  const [grupper, setGrupper] = useState<{ gruppe: Gruppe; antal: number; vurdering: PersonVurdering }[]>([]);
  const [fejl, setFejl] = useState<{ felt: string; besked: string; kort: string } | null>(null);

  function beregn(e: Event) {
    e.preventDefault();
    const taelling = taelGrupper(Object.fromEntries(GRUPPER.map((g) => [g.id, tilVaerdi(felter[g.id])])), tilbudstype);
    if (!taelling.ok) {
      const navn = GRUPPER.find((g) => g.id === taelling.felt)!.navn;
      setResultat(null);
      setGrupper([]);
      setFejl({ felt: taelling.felt, besked: taelling.besked, kort: taelling.besked.slice(navn.length + 2) });
      return;
    }
    setResultat(beregnFraAntal(taelling.antal, tilbudstype, intervaller));
    setGrupper(taelling.grupper);
    setFejl(null);
  }

  const feltId = (f: string) => `${id}-${f}`;
  const gruppeFelt = (g: Gruppe) => {
    const harFejl = fejl?.felt === g.id;
    return (
      <div class={`felt${harFejl ? ' har-fejl' : ''}`} key={g.id}>
        <label for={feltId(g.id)}>{g.navn}</label>
        <input
          id={feltId(g.id)}
          name={g.id}
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          placeholder="0"
          value={felter[g.id].tekst}
          aria-invalid={harFejl ? 'true' : undefined}
          aria-describedby={harFejl ? `${feltId(g.id)}-fejl` : undefined}
          onInput={(e) => {
            const el = e.currentTarget;
            setFelter((alle) => ({ ...alle, [g.id]: { tekst: el.value, ugyldig: el.validity?.badInput ?? false } }));
          }}
        />
        {harFejl && (
          <p class="fejl" id={`${feltId(g.id)}-fejl`}>
            {fejl.kort}
          </p>
        )}
      </div>
    );
  };

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
        <p class="hjaelp">{T.flere}</p>
        <fieldset>
          <legend>{T.borgere}</legend>
          {GRUPPER.filter((g) => g.rolle === 'borger').map(gruppeFelt)}
        </fieldset>
        <fieldset>
          <legend>{T.boern}</legend>
          {GRUPPER.filter((g) => g.rolle === 'barn').map(gruppeFelt)}
        </fieldset>
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
            {grupper.length > 0 && (
              <>
                <h4>{T.grupper}</h4>
                <ul class="gruppe-vurderinger">
                  {grupper.map(({ gruppe, antal, vurdering }) => (
                    <li key={gruppe.id}>
                      {antal} × {gruppe.navn}: <strong>{T.status(vurdering)}</strong>. <RegelForklaring regel={vurdering.regel} kort />
                    </li>
                  ))}
                </ul>
              </>
            )}
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
