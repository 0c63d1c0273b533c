/**
 * Guidet gennemgang af et eksempel på et tilbud: først om indikator 1.b gælder, derefter person for
 * person. Brugeren vælger, om personen tæller med, ikke tæller med eller udelades af grundlaget, og
 * får straks svar med motorens regel. Til sidst vises motorens resultat og udkastet til bedømmelsen.
 *
 * Facit kommer altid fra motoren (vurderPerson, gaelderFor, beregnScenarie); her står ingen regler.
 * Scenarierne er valideret på serveren og kommer ind som props, så Zod ikke sendes til browseren.
 * Fremskridtet gemmes i localStorage under en versioneret nøgle og kan genoptages.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  TILBUDSTYPE_NAVNE,
  alternativer,
  beregnScenarie,
  gaelderFor,
  vurderPerson,
  type PersonVurdering,
  type Scenarie,
} from '../domain/indikator1b/index.ts';
import PersonKort from './PersonKort.tsx';
import SvarFormular from './SvarFormular.tsx';
import RegelForklaring from './RegelForklaring.tsx';
import ResultatVisning from './ResultatVisning.tsx';
import { FAELLES, VALG, type Valg } from './tekster.ts';
import '../styles/oevelser.css';
import Rulleramme from './Rulleramme.tsx';

export const GEMME_NOEGLE = 'tema1.gennemgang.v1';
const VERSION = 1;

const T = {
  kraeverJs: 'Den guidede gennemgang kræver JavaScript. Alle eksempler og facit står i oversigten længere nede på siden.',
  vaelgLegend: 'Vælg et eksempel på et tilbud',
  start: 'Start gennemgangen',
  vaelgFoerst: 'Vælg et tilbud først.',
  gemt: (navn: string, trin: number, i_alt: number) => `Du er i gang med ${navn} (trin ${trin} af ${i_alt}).`,
  fortsaet: 'Fortsæt hvor du slap',
  forfra: 'Start forfra',
  andetTilbud: 'Vælg et andet tilbud',
  oedelagt: 'Den gemte gennemgang kunne ikke læses – den var ødelagt eller fra en ældre version af sitet. Den er slettet, og du kan starte en ny.',
  trin: (nr: number, i_alt: number) => `Trin ${nr} af ${i_alt}`,
  gaelderOverskrift: 'Gælder indikator 1.b?',
  gaelderLegend: (navn: string) => `Gælder indikator 1.b for ${navn}?`,
  ja: 'Ja, indikator 1.b gælder',
  nej: 'Nej, indikator 1.b gælder ikke',
  laeringsmaal: 'Det kan du lære her',
  tilbudstype: 'Tilbudstype',
  personLegend: (navn: string) => `Hvordan indgår ${navn} i indikator 1.b?`,
  svar: 'Svar',
  naeste: 'Næste person',
  tilResultat: 'Se resultatet',
  gaelderSvar: (gaelder: boolean, navn: string) =>
    gaelder ? `Indikator 1.b gælder for ${navn}. Tilbudstypen er ikke omfattet af undtagelsen:` : `Indikator 1.b gælder ikke for ${navn}.`,
  personSvar: (navn: string, facit: string) => `${navn}: ${facit.toLowerCase()}.`,
  ditSvar: (svar: string) => `Du svarede „${svar}“.`,
  resultatOverskrift: (navn: string) => `Resultat for ${navn}`,
  rigtige: (r: number, n: number) => `Du svarede rigtigt på ${r} af ${n} spørgsmål.`,
  oversigt: 'Personerne',
  navn: 'Person',
  dinVurdering: 'Dit svar',
  facit: 'Motorens svar',
  ikkeBesvaret: 'ikke besvaret',
  rigtigtMaerke: ' – rigtigt',
  forkertMaerke: ' – forkert',
} as const;

type Svar = Valg | 'ja' | 'nej';
const GAELDER = 'gaelder';

interface ScenarieProp {
  id: string;
  data: Scenarie;
}

interface Props {
  scenarier: ScenarieProp[];
}

interface Gemt {
  version: typeof VERSION;
  scenarie: string;
  /** 0 = spørgsmålet om indikatoren gælder; 1… = personerne; trin.length = resultatet. */
  trin: number;
  svar: Record<string, Svar>;
}

/** Trinene i en gennemgang: spørgsmålet om 1.b gælder, og – hvis den gælder – personerne. */
function trinFor(s: Scenarie): string[] {
  return gaelderFor(s.tilbudstype) ? [GAELDER, ...s.personer.map((p) => p.id)] : [GAELDER];
}

function facitFor(v: PersonVurdering): Valg {
  if (v.udeladt) return 'udeladt';
  return v.taeller ? 'taeller' : 'ikke';
}

function gyldigtSvar(noegle: string, v: unknown): v is Svar {
  return noegle === GAELDER ? v === 'ja' || v === 'nej' : typeof v === 'string' && v in VALG;
}

/** Læser og kontrollerer gemt fremskridt. `null` = intet gemt; `'fejl'` = ødelagt eller forældet. */
function laesGemt(raa: string | null, scenarier: ScenarieProp[]): Gemt | null | 'fejl' {
  if (raa === null) return null;
  try {
    const g: unknown = JSON.parse(raa);
    if (g === null || typeof g !== 'object') return 'fejl';
    const { version, scenarie, trin, svar } = g as Record<string, unknown>;
    if (version !== VERSION || typeof scenarie !== 'string') return 'fejl';
    const s = scenarier.find((x) => x.id === scenarie);
    if (!s) return 'fejl';
    const trinListe = trinFor(s.data);
    if (typeof trin !== 'number' || !Number.isInteger(trin) || trin < 0 || trin > trinListe.length) return 'fejl';
    if (svar === null || typeof svar !== 'object' || Array.isArray(svar)) return 'fejl';
    const svarObj = svar as Record<string, unknown>;
    for (const [k, v] of Object.entries(svarObj)) {
      if (!trinListe.includes(k) || !gyldigtSvar(k, v)) return 'fejl';
    }
    // Alle trin før det aktuelle skal være besvaret.
    if (trinListe.slice(0, trin).some((k) => svarObj[k] === undefined)) return 'fejl';
    return { version: VERSION, scenarie, trin, svar: svarObj as Record<string, Svar> };
  } catch {
    return 'fejl';
  }
}

function lager(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type Fokus = 'overskrift' | 'feedback' | null;

export default function Gennemgang({ scenarier }: Props) {
  const [klar, setKlar] = useState(false);
  const [gemt, setGemt] = useState<Gemt | null>(null);
  const [besked, setBesked] = useState('');
  const [aktiv, setAktiv] = useState<Gemt | null>(null);
  const [valgtTilbud, setValgtTilbud] = useState('');
  const [valgt, setValgt] = useState<Svar | ''>('');
  const [fejl, setFejl] = useState('');
  const [fokus, setFokus] = useState<{ maal: Fokus; n: number }>({ maal: null, n: 0 });
  const overskrift = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);

  // Læs gemt fremskridt, når øen er vågnet i browseren.
  useEffect(() => {
    const l = lager();
    const g = laesGemt(l?.getItem(GEMME_NOEGLE) ?? null, scenarier);
    if (g === 'fejl') {
      try {
        l?.removeItem(GEMME_NOEGLE);
      } catch {
        /* lageret kan ikke skrives; beskeden vises alligevel */
      }
      setBesked(T.oedelagt);
    } else if (g) {
      setGemt(g);
    }
    setKlar(true);
  }, []);

  // Gem hver ændring.
  useEffect(() => {
    if (!aktiv) return;
    try {
      lager()?.setItem(GEMME_NOEGLE, JSON.stringify(aktiv));
    } catch {
      /* fuldt eller blokeret lager: gennemgangen virker stadig, men kan ikke genoptages */
    }
  }, [aktiv]);

  // Flyt fokus straks efter renderingen, så tastaturbrugere lander på det nye indhold.
  useLayoutEffect(() => {
    if (fokus.maal === 'overskrift') overskrift.current?.focus();
    if (fokus.maal === 'feedback') feedback.current?.focus();
  }, [fokus]);

  const flytFokus = (maal: Fokus) => setFokus((f) => ({ maal, n: f.n + 1 }));

  const scenarie = aktiv ? scenarier.find((s) => s.id === aktiv.scenarie)?.data : undefined;
  const trinListe = useMemo(() => (scenarie ? trinFor(scenarie) : []), [scenarie]);
  const vurderinger = useMemo(() => {
    const m = new Map<string, PersonVurdering>();
    if (scenarie) for (const p of scenarie.personer) m.set(p.id, vurderPerson(p, scenarie.tilbudstype));
    return m;
  }, [scenarie]);

  function start(id: string, fortsaet?: Gemt) {
    setBesked('');
    setGemt(null);
    setValgt('');
    setFejl('');
    setAktiv(fortsaet ?? { version: VERSION, scenarie: id, trin: 0, svar: {} });
    flytFokus('overskrift');
  }

  function forfra() {
    try {
      lager()?.removeItem(GEMME_NOEGLE);
    } catch {
      /* intet at gøre */
    }
    setAktiv(null);
    setGemt(null);
    setValgt('');
    setFejl('');
    setBesked('');
    flytFokus('overskrift');
  }

  if (!klar) {
    return (
      <div class="oevelse gennemgang">
        <p>{T.kraeverJs}</p>
      </div>
    );
  }

  // Vælg et tilbud.
  if (!aktiv || !scenarie) {
    const gemtScenarie = gemt ? scenarier.find((s) => s.id === gemt.scenarie)?.data : undefined;
    return (
      <div class="oevelse gennemgang">
        {besked && (
          <p class="besked" role="status">
            {besked}
          </p>
        )}
        {gemt && gemtScenarie && (
          <div class="gemt">
            <p>{T.gemt(gemtScenarie.navn, Math.min(gemt.trin + 1, trinFor(gemtScenarie).length), trinFor(gemtScenarie).length)}</p>
            <div class="knapper">
              <button type="button" class="knap primaer" onClick={() => start(gemt.scenarie, gemt)}>
                {T.fortsaet}
              </button>
              <button type="button" class="knap" onClick={forfra}>
                {T.forfra}
              </button>
            </div>
          </div>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!valgtTilbud) {
              setFejl(T.vaelgFoerst);
              return;
            }
            start(valgtTilbud);
          }}
        >
          <fieldset>
            <legend>
              <h3 ref={overskrift} tabIndex={-1}>
                {T.vaelgLegend}
              </h3>
            </legend>
            {scenarier.map((s) => (
              <label class="valg" key={s.id}>
                <input
                  type="radio"
                  name="gennemgang-tilbud"
                  value={s.id}
                  checked={valgtTilbud === s.id}
                  onChange={() => {
                    setValgtTilbud(s.id);
                    setFejl('');
                  }}
                />
                <span>
                  <strong>{s.data.navn}</strong>
                  <span class="hjaelp"> – {TILBUDSTYPE_NAVNE[s.data.tilbudstype]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p class="fejl" aria-live="polite">
            {fejl}
          </p>
          <button type="submit" class="knap primaer">
            {T.start}
          </button>
        </form>
      </div>
    );
  }

  const i_alt = trinListe.length;

  // Resultatet.
  if (aktiv.trin >= i_alt) {
    const resultat = beregnScenarie(scenarie);
    const alt = alternativer(scenarie.personer.map((person) => ({ person, antal: 1 })), scenarie.tilbudstype, resultat.laesninger, resultat);
    let rigtige = 0;
    const gaelder = gaelderFor(scenarie.tilbudstype);
    if ((aktiv.svar[GAELDER] === 'ja') === gaelder) rigtige++;
    for (const p of scenarie.personer) {
      const v = vurderinger.get(p.id);
      if (gaelder && v && aktiv.svar[p.id] === facitFor(v)) rigtige++;
    }
    return (
      <div class="oevelse gennemgang">
        <h3 ref={overskrift} tabIndex={-1}>
          {T.resultatOverskrift(scenarie.navn)}
        </h3>
        <p>{T.rigtige(rigtige, i_alt)}</p>
        {gaelder && (
          <Rulleramme etiket={T.oversigt}><table class="person-oversigt">
            <caption>{T.oversigt}</caption>
            <thead>
              <tr>
                <th scope="col">{T.navn}</th>
                <th scope="col">{T.dinVurdering}</th>
                <th scope="col">{T.facit}</th>
              </tr>
            </thead>
            <tbody>
              {scenarie.personer.map((p) => {
                const v = vurderinger.get(p.id);
                const svar = aktiv.svar[p.id];
                const facit = v ? facitFor(v) : undefined;
                return (
                  <tr key={p.id}>
                    <th scope="row">{p.navn}</th>
                    <td>
                      {svar && svar in VALG ? VALG[svar as Valg] : T.ikkeBesvaret}
                      {svar && facit && (svar === facit ? T.rigtigtMaerke : T.forkertMaerke)}
                    </td>
                    <td>{facit ? VALG[facit] : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table></Rulleramme>
        )}
        <ResultatVisning resultat={resultat} alternativer={alt} tilbudNavn={scenarie.navn} />
        <div class="knapper">
          <button type="button" class="knap primaer" onClick={forfra}>
            {T.andetTilbud}
          </button>
          <button type="button" class="knap" onClick={() => start(aktiv.scenarie)}>
            {T.forfra}
          </button>
        </div>
      </div>
    );
  }

  // Et trin: spørgsmålet om 1.b gælder, eller en person.
  const noegle = trinListe[aktiv.trin];
  const besvaret = aktiv.svar[noegle];
  const erGaelder = noegle === GAELDER;
  const person = erGaelder ? undefined : scenarie.personer.find((p) => p.id === noegle);
  const vurdering = person ? vurderinger.get(person.id) : undefined;
  const muligheder: [Svar, string][] = erGaelder
    ? [
        ['ja', T.ja],
        ['nej', T.nej],
      ]
    : (Object.entries(VALG) as [Valg, string][]);
  const sidste = aktiv.trin === i_alt - 1;
  const navnet = `gennemgang-svar-${noegle}`;

  let rigtigt = false;
  let svarTekst = '';
  if (besvaret !== undefined) {
    if (erGaelder) {
      rigtigt = (besvaret === 'ja') === gaelderFor(scenarie.tilbudstype);
      svarTekst = besvaret === 'ja' ? T.ja : T.nej;
    } else if (vurdering) {
      rigtigt = besvaret === facitFor(vurdering);
      svarTekst = VALG[besvaret as Valg];
    }
  }

  function svar(e: Event) {
    e.preventDefault();
    if (!aktiv || besvaret !== undefined) return;
    if (!valgt) {
      setFejl(FAELLES.vaelgSvar);
      return;
    }
    setFejl('');
    setAktiv({ ...aktiv, svar: { ...aktiv.svar, [noegle]: valgt } });
    flytFokus('feedback');
  }

  function naeste() {
    if (!aktiv) return;
    setValgt('');
    setFejl('');
    setAktiv({ ...aktiv, trin: aktiv.trin + 1 });
    flytFokus('overskrift');
  }

  return (
    <div class="oevelse gennemgang">
      <p class="trin">{T.trin(aktiv.trin + 1, i_alt)}</p>
      <h3 ref={overskrift} tabIndex={-1}>
        {erGaelder ? `${scenarie.navn}: ${T.gaelderOverskrift}` : person?.navn}
      </h3>
      {erGaelder ? (
        <div class="tilbud-intro">
          <p>
            <strong>{T.tilbudstype}:</strong> {TILBUDSTYPE_NAVNE[scenarie.tilbudstype]}
          </p>
          <p>{scenarie.beskrivelse}</p>
          {scenarie.laeringsmaal && (
            <p>
              <strong>{T.laeringsmaal}:</strong> {scenarie.laeringsmaal}
            </p>
          )}
        </div>
      ) : (
        person && <PersonKort person={person} visNavn={false} />
      )}
      <SvarFormular
        legend={erGaelder ? T.gaelderLegend(scenarie.navn) : T.personLegend(person?.navn ?? '')}
        navn={navnet}
        muligheder={muligheder}
        valgt={valgt === '' ? null : valgt}
        besvaret={besvaret ?? null}
        fejl={fejl}
        knaptekst={T.svar}
        onVaelg={(v) => {
          setValgt(v);
          setFejl('');
        }}
        onSvar={svar}
      />
      <div aria-live="polite" class="feedback-omraade">
        {besvaret !== undefined && (
          <div ref={feedback} tabIndex={-1} class={`feedback ${rigtigt ? 'rigtigt' : 'forkert'}`}>
            <p class="feedback-overskrift">
              <strong>{rigtigt ? FAELLES.rigtigt : FAELLES.forkert}</strong>{' '}
              {erGaelder
                ? T.gaelderSvar(gaelderFor(scenarie.tilbudstype), scenarie.navn)
                : vurdering && person && T.personSvar(person.navn, VALG[facitFor(vurdering)])}{' '}
              {!rigtigt && T.ditSvar(svarTekst)}
            </p>
            {erGaelder ? (
              <RegelForklaring regel="gaelder-ikke" />
            ) : (
              vurdering && (
                <>
                  <RegelForklaring regel={vurdering.regel} />
                  {vurdering.ekstraRegler.length > 0 && (
                    <>
                      <p class="ogsaa-overskrift">{FAELLES.ogsaaISpil}:</p>
                      <ul class="ogsaa-liste">
                        {vurdering.ekstraRegler.map((r) => (
                          <li key={r}>
                            <RegelForklaring regel={r} kort />
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </>
              )
            )}
          </div>
        )}
      </div>
      <div class="knapper">
        {besvaret !== undefined && (
          <button type="button" class="knap primaer" onClick={naeste}>
            {sidste ? T.tilResultat : T.naeste}
          </button>
        )}
        <button type="button" class="knap" onClick={forfra}>
          {T.forfra}
        </button>
      </div>
    </div>
  );
}
