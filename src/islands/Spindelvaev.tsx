/**
 * Spindelvævet: indtast scorer (driftsorienteret tilsyn) eller bedømmelser (godkendelse) for de
 * indikatorer, der gælder for tilbuddet, og se gennemsnit pr. kriterium og tema som figur og tabel
 * (drift) eller optælling pr. tema (godkendelse, ingen gennemsnit).
 *
 * Regnereglerne står i gennemsnit.ts, hvad der gælder i gaelder.ts, og URL/lager i tilstand.ts.
 * Tilstanden står i URL'en og i localStorage (LAGER_NOEGLE); intet sendes fra browseren.
 * Serverrenderet (før hydrering) vises kun en tekst om, at værktøjet kræver JavaScript.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SKALA } from '../domain/kvalitetsmodel/model.ts';
import { beregnGennemsnit, formaterGennemsnit, taelGodkendelse, type GodkendelsesVaerdi } from '../domain/kvalitetsmodel/gennemsnit.ts';
import {
  LAGER_NOEGLE,
  fjernIkkeGaeldende,
  harUrlTilstand,
  laesFraLager,
  laesFraUrl,
  skrivTilLager,
  skrivTilUrl,
  tilbudsTekst,
  tomTilstand,
  type Bedoemmelse,
  type VaerktoejsTilstand,
} from '../domain/kvalitetsmodel/tilstand.ts';
import eksempelprofil from '../../content/data/eksempelprofil-spindelvaev.json' with { type: 'json' };
import TilbudFelter from '../ui/TilbudFelter.tsx';
import SpindelvaevFigur from './SpindelvaevFigur.tsx';
import '../styles/vaerktoejer.css';
import Tabel from '../ui/Tabel.tsx';
import Fejlliste from '../ui/Fejlliste.tsx';
import { href } from '../utils/stier.ts';

const SCORER = [...SKALA.driftsorienteret].sort((a, b) => a.score - b.score);
const GODKENDELSE_KODE: Record<string, GodkendelsesVaerdi> = {
  'forventes-at-kunne-opfylde': 'ja',
  'forventes-ikke-at-kunne-opfylde': 'nej',
};
const GODKENDELSER = SKALA.godkendelse.map((g) => ({ kode: GODKENDELSE_KODE[g.id], tekst: g.tekst })).filter((g) => g.kode);

const felt = (id: string) => `sv-i-${id.replace('.', '-')}`;
const tekstFelt = (id: string) => `sv-t-${id.replace('.', '-')}`;
const erTom = (t: VaerktoejsTilstand) => skrivTilUrl(t) === '';
const flertal = (n: number, en: string, flere: string) => (n === 1 ? en : flere);

function gem(t: VaerktoejsTilstand) {
  try {
    if (erTom(t)) localStorage.removeItem(LAGER_NOEGLE);
    else localStorage.setItem(LAGER_NOEGLE, skrivTilLager(t));
  } catch {
    // localStorage kan være slået fra; værktøjet virker stadig, og URL'en bærer tilstanden.
  }
}

export default function Spindelvaev() {
  const [klar, setKlar] = useState(false);
  const [harGemt, setHarGemt] = useState(false);
  const [t, setT] = useState<VaerktoejsTilstand>(tomTilstand);
  const [fejl, setFejl] = useState<{ kilde: string; beskeder: string[] }>({ kilde: '', beskeder: [] });
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (harUrlTilstand(location.search)) {
      const r = laesFraUrl(location.search);
      setT(r.tilstand);
      setFejl({ kilde: 'Noget i adressen kunne ikke bruges:', beskeder: r.beskeder });
    } else {
      let gemt: string | null;
      try {
        gemt = localStorage.getItem(LAGER_NOEGLE);
      } catch {
        gemt = null;
      }
      const r = laesFraLager(gemt);
      setT(r.tilstand);
      setFejl({ kilde: 'Noget af det gemte kunne ikke bruges:', beskeder: r.beskeder });
    }
    setKlar(true);
  }, []);

  useEffect(() => {
    if (!klar) return;
    history.replaceState(history.state, '', (skrivTilUrl(t) || location.pathname) + location.hash);
    gem(t);
    setHarGemt(true);
  }, [klar, t]);

  const tilbud = useMemo(() => (t.tilbud ? { tilbudstype: t.tilbud, privatMedBestyrelse: t.privatMedBestyrelse } : null), [t.tilbud, t.privatMedBestyrelse]);
  const drift = useMemo(() => (tilbud ? beregnGennemsnit(tilbud, t.scorer) : null), [tilbud, t.scorer]);
  const godkendelse = useMemo(() => (tilbud ? taelGodkendelse(tilbud, t.godkendelse) : null), [tilbud, t.godkendelse]);

  /** Skifter tilbud; scorer for indikatorer, der ikke længere gælder, fjernes og nævnes. */
  function skiftTilbud(ny: VaerktoejsTilstand) {
    const { tilstand, fjernet } = fjernIkkeGaeldende(ny);
    setT(tilstand);
    setFejl({ kilde: '', beskeder: [] });
    if (!tilstand.tilbud) {
      setStatus('Ingen tilbudstype valgt.');
      return;
    }
    const r = beregnGennemsnit({ tilbudstype: tilstand.tilbud, privatMedBestyrelse: tilstand.privatMedBestyrelse }, {});
    let s = `Tilbud: ${tilbudsTekst(tilstand)}. ${r.gaelder} indikatorer gælder.`;
    if (fjernet.length) s += ` Værdierne for ${fjernet.join(', ')} er fjernet, fordi de ikke gælder for dette tilbud.`;
    setStatus(s);
  }

  function skiftBedoemmelse(b: Bedoemmelse) {
    setT({ ...t, tilstand: b });
    setStatus(
      b === 'drift'
        ? 'Driftsorienteret tilsyn: scorer fra 1 til 5, gennemsnit og spindelvæv.'
        : 'Godkendelse: hver indikator forventes at kunne eller ikke kunne opfyldes. Der regnes ingen gennemsnit.',
    );
  }

  function saetScore(id: string, vaerdi: string) {
    const scorer = { ...t.scorer };
    if (vaerdi === '') delete scorer[id];
    else scorer[id] = Number(vaerdi);
    const ny = { ...t, scorer };
    setT(ny);
    if (!tilbud) return;
    const r = beregnGennemsnit(tilbud, scorer);
    const tema = r.temaer.find((x) => x.kriterier.some((k) => k.indikatorer.some((i) => i.indikator.id === id)));
    const krit = tema?.kriterier.find((k) => k.indikatorer.some((i) => i.indikator.id === id));
    setStatus(
      `Indikator ${id}: ${vaerdi === '' ? 'ikke scoret' : vaerdi}. ` +
        (krit ? `Kriterium ${krit.kriterium.nummer}: ${formaterGennemsnit(krit.gennemsnit)}. ` : '') +
        (tema ? `Tema ${tema.tema.nummer}: ${formaterGennemsnit(tema.gennemsnit)}. ` : '') +
        `${r.mangler} ${flertal(r.mangler, 'indikator mangler', 'indikatorer mangler')} score.`,
    );
  }

  function saetGodkendelse(id: string, vaerdi: string) {
    const godk = { ...t.godkendelse };
    if (vaerdi === 'ja' || vaerdi === 'nej') godk[id] = vaerdi;
    else delete godk[id];
    setT({ ...t, godkendelse: godk });
    if (!tilbud) return;
    const r = taelGodkendelse(tilbud, godk);
    setStatus(
      `Indikator ${id}: ${vaerdi === 'ja' ? 'forventes at kunne opfylde' : vaerdi === 'nej' ? 'forventes ikke at kunne opfylde' : 'ikke bedømt'}. ` +
        `${r.ikkeBedoemt} ${flertal(r.ikkeBedoemt, 'indikator er', 'indikatorer er')} ikke bedømt.`,
    );
  }

  function indlaesEksempel() {
    const r = laesFraLager(JSON.stringify(eksempelprofil));
    setT({ ...r.tilstand, tilstand: t.tilstand });
    setFejl({ kilde: 'Noget i eksempelprofilen kunne ikke bruges:', beskeder: r.beskeder });
    setStatus(`Eksempelprofilen er indlæst. ${eksempelprofil.beskrivelse}`);
  }

  function nulstil() {
    setT(tomTilstand());
    setFejl({ kilde: '', beskeder: [] });
    setStatus('Alt er nulstillet, og intet er gemt i browseren.');
  }

  if (!klar) {
    return (
      <div class="vt-vaerktoej" data-klar="nej">
        <p class="vt-kraever-js">
          Værktøjet kræver JavaScript. Uden JavaScript kan du læse, <a href="#hvordan-regnes-gennemsnittet">hvordan gennemsnit og spindelvæv regnes</a>, længere
          nede på siden.
        </p>
      </div>
    );
  }

  const erDrift = t.tilstand === 'drift';

  return (
    <div class="vt-vaerktoej" id="spindelvaev-vaerktoej" data-klar={harGemt ? 'ja' : 'nej'}>
      <form class="vt-indstillinger" aria-label="Indstillinger for spindelvævet" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="vt-valg">
          <legend>Hvilken bedømmelse?</legend>
          <div class="vt-radio">
            <input type="radio" id="sv-drift" name="sv-tilstand" value="drift" checked={erDrift} onChange={() => skiftBedoemmelse('drift')} />
            <label htmlFor="sv-drift">Driftsorienteret tilsyn (score fra 1 til 5)</label>
          </div>
          <div class="vt-radio">
            <input
              type="radio"
              id="sv-godkendelse"
              name="sv-tilstand"
              value="godkendelse"
              checked={!erDrift}
              onChange={() => skiftBedoemmelse('godkendelse')}
            />
            <label htmlFor="sv-godkendelse">Godkendelse (forventes at kunne opfylde eller ej)</label>
          </div>
        </fieldset>
        <TilbudFelter
          idPrefix="sv"
          tilbud={t.tilbud}
          privatMedBestyrelse={t.privatMedBestyrelse}
          onTilbud={(id) => skiftTilbud({ ...t, tilbud: id })}
          onBestyrelse={(b) => skiftTilbud({ ...t, privatMedBestyrelse: b })}
        />
        <div class="vt-knapper">
          <button type="button" onClick={indlaesEksempel}>
            Indlæs eksempelprofil
          </button>
          <button type="button" onClick={nulstil}>
            Nulstil
          </button>
        </div>
      </form>

      <div class="vt-besked" role="status" aria-live="polite">
        {fejl.beskeder.length > 0 && (
          <div class="vt-fejl">
            <Fejlliste overskrift={fejl.kilde} fejl={fejl.beskeder} />
          </div>
        )}
        {status && <p>{status}</p>}
      </div>

      {!tilbud && <p>Vælg en tilbudstype for at begynde, eller indlæs eksempelprofilen.</p>}

      {tilbud && erDrift && drift && (
        <section class="vt-resultat" aria-labelledby="sv-resultat">
          <h3 id="sv-resultat">Gennemsnit og spindelvæv</h3>
          <p>
            {drift.scoret} af {drift.gaelder} indikatorer, der gælder for tilbuddet, har en score.{' '}
            {drift.mangler === 0 ? 'Ingen mangler.' : `Der mangler score for ${drift.mangler} ${flertal(drift.mangler, 'indikator', 'indikatorer')}.`}{' '}
            {drift.gaelderIkke > 0 &&
              `${drift.gaelderIkke} ${flertal(drift.gaelderIkke, 'indikator gælder', 'indikatorer gælder')} ikke for tilbuddet og tæller ikke med.`}
          </p>
          <div class="vt-spindel-og-tabel">
            <SpindelvaevFigur
              temaer={drift.temaer.map((x) => ({ nummer: x.tema.nummer, navn: x.tema.navn, gennemsnit: x.gennemsnit }))}
              tekstId="sv-figurtekst"
              tekst={
                `Spindelvæv for ${tilbudsTekst(t)}: hvert temas gennemsnit på skalaen fra 1 til 5. ` +
                (() => {
                  const uden = drift.temaer.filter((x) => x.gennemsnit === null).map((x) => x.tema.nummer);
                  return uden.length ? `${flertal(uden.length, 'Tema', 'Temaerne')} ${uden.join(', ')} har ingen score endnu. ` : '';
                })() +
                'Tallene står også i tabellen.'
              }
            />
            <Tabel titel="Gennemsnit pr. tema" klasse="vt-tabel" kolonner={['Tema', 'Gennemsnit', 'Scoret', 'Mangler']}>
              {drift.temaer.map((x) => (
                <tr key={x.tema.id}>
                  <th scope="row">
                    Tema {x.tema.nummer}: {x.tema.navn}
                  </th>
                  <td>{x.gennemsnit === null ? 'ingen score' : formaterGennemsnit(x.gennemsnit)}</td>
                  <td>
                    {x.scoret} af {x.gaelder}
                  </td>
                  <td>{x.mangler}</td>
                </tr>
              ))}
            </Tabel>
          </div>
          <Tabel titel="Gennemsnit pr. kriterium" klasse="vt-tabel" kolonner={['Kriterium', 'Gennemsnit', 'Scoret', 'Mangler', 'Gælder ikke']}>
            {drift.temaer.flatMap((x) =>
              x.kriterier.map((k) => (
                <tr key={k.kriterium.id}>
                  <th scope="row">
                    Kriterium {k.kriterium.nummer} (tema {x.tema.nummer})
                  </th>
                  <td>{k.gaelder === 0 ? 'gælder ikke' : k.gennemsnit === null ? 'ingen score' : formaterGennemsnit(k.gennemsnit)}</td>
                  <td>
                    {k.scoret} af {k.gaelder}
                  </td>
                  <td>{k.mangler}</td>
                  <td>{k.gaelderIkke}</td>
                </tr>
              )),
            )}
          </Tabel>
        </section>
      )}

      {tilbud && !erDrift && godkendelse && (
        <section class="vt-resultat" aria-labelledby="sv-resultat">
          <h3 id="sv-resultat">Bedømmelser ved godkendelse</h3>
          <p>
            Ved godkendelse regnes der ingen gennemsnit og tegnes intet spindelvæv. {godkendelse.ikkeBedoemt} af {godkendelse.gaelder} indikatorer, der gælder
            for tilbuddet, er ikke bedømt endnu.
          </p>
          <Tabel
            titel="Bedømmelser pr. tema ved godkendelse"
            klasse="vt-tabel"
            kolonner={['Tema', 'Forventes at kunne opfylde', 'Forventes ikke at kunne opfylde', 'Ikke bedømt', 'Gælder']}
            fod={
              <tr>
                <th scope="row">I alt</th>
                <td>{godkendelse.forventesOpfyldt}</td>
                <td>{godkendelse.forventesIkkeOpfyldt}</td>
                <td>{godkendelse.ikkeBedoemt}</td>
                <td>{godkendelse.gaelder}</td>
              </tr>
            }
          >
            {godkendelse.temaer.map((x) => (
              <tr key={x.tema.id}>
                <th scope="row">
                  Tema {x.tema.nummer}: {x.tema.navn}
                </th>
                <td>{x.forventesOpfyldt}</td>
                <td>{x.forventesIkkeOpfyldt}</td>
                <td>{x.ikkeBedoemt}</td>
                <td>{x.gaelder}</td>
              </tr>
            ))}
          </Tabel>
        </section>
      )}

      {tilbud && drift && (
        <section class="vt-indtastning" aria-labelledby="sv-indtastning">
          <h3 id="sv-indtastning">{erDrift ? 'Score pr. indikator' : 'Bedømmelse pr. indikator'}</h3>
          <p>
            Kun de indikatorer, der gælder for tilbuddet, kan {erDrift ? 'scores' : 'bedømmes'}.{' '}
            <a href={href.hvilkeIndikatorerGaelder(skrivTilUrl({ ...tomTilstand(), tilbud: t.tilbud, privatMedBestyrelse: t.privatMedBestyrelse }))}>
              Se hvorfor de andre ikke gælder
            </a>
            .
          </p>
          {drift.temaer.map((x) => (
            <section class="vt-tema" aria-labelledby={`sv-${x.tema.id}`} key={x.tema.id}>
              <h4 id={`sv-${x.tema.id}`}>
                Tema {x.tema.nummer}: {x.tema.navn}
                {erDrift && <span class="vt-tema-tal"> (gennemsnit {formaterGennemsnit(x.gennemsnit)})</span>}
              </h4>
              {x.kriterier.map((k) =>
                k.gaelder === 0 ? (
                  <p class="vt-hjaelp" key={k.kriterium.id}>
                    Kriterium {k.kriterium.nummer}: ingen af indikatorerne ({k.ikkeGaeldende.map((i) => i.id).join(', ')}) gælder for tilbuddet.
                  </p>
                ) : (
                  <fieldset class="vt-kriterium" key={k.kriterium.id}>
                    <legend>
                      Kriterium {k.kriterium.nummer}
                      {erDrift && <> (gennemsnit {formaterGennemsnit(k.gennemsnit)})</>}
                    </legend>
                    {k.indikatorer.map(({ indikator }) => (
                      <div class="vt-felt vt-score" key={indikator.id}>
                        <label htmlFor={felt(indikator.id)}>Indikator {indikator.id}</label>
                        {erDrift ? (
                          <select
                            id={felt(indikator.id)}
                            aria-describedby={tekstFelt(indikator.id)}
                            value={t.scorer[indikator.id] === undefined ? '' : String(t.scorer[indikator.id])}
                            onChange={(e) => saetScore(indikator.id, e.currentTarget.value)}
                          >
                            <option value="">Ikke scoret</option>
                            {SCORER.map((s) => (
                              <option value={String(s.score)} key={s.score}>
                                {s.score} – {s.tekst}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <select
                            id={felt(indikator.id)}
                            aria-describedby={tekstFelt(indikator.id)}
                            value={t.godkendelse[indikator.id] ?? ''}
                            onChange={(e) => saetGodkendelse(indikator.id, e.currentTarget.value)}
                          >
                            <option value="">Ikke bedømt</option>
                            {GODKENDELSER.map((g) => (
                              <option value={g.kode} key={g.kode}>
                                {g.tekst}
                              </option>
                            ))}
                          </select>
                        )}
                        <p id={tekstFelt(indikator.id)} class="vt-indikatortekst">
                          {indikator.tekst}
                        </p>
                      </div>
                    ))}
                    {k.ikkeGaeldende.length > 0 && (
                      <p class="vt-hjaelp">Gælder ikke for tilbuddet og tæller ikke med: {k.ikkeGaeldende.map((i) => `indikator ${i.id}`).join(', ')}.</p>
                    )}
                  </fieldset>
                ),
              )}
            </section>
          ))}
        </section>
      )}
      <p class="vt-hjaelp">Alt bliver i din browser: valgene står i adressen og gemmes i browserens lokale lager på denne enhed. Intet sendes videre.</p>
    </div>
  );
}
