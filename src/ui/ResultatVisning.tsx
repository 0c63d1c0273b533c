/**
 * Resultatet af en beregning af indikator 1.b: optælling for borgere, medfølgende børn og det, scoren
 * er givet ud fra; trin og foreslået score; scoren under hver anden læsning, der ændrer den; udkastet
 * til bedømmelsen med kopiér og udskriv; sitets noter ved siden af udkastet (ikke i det).
 */
import {
  LAESNINGER,
  andelTekst,
  laesning,
  naboScorer,
  procentTekst,
  udkastTilBedoemmelse,
  valg,
  type Alternativ,
  type LaesningId,
  type Resultat,
} from '../domain/indikator1b/index.ts';
import KopierTekst from './KopierTekst.tsx';
import RegelForklaring from './RegelForklaring.tsx';
import Tabel from './Tabel.tsx';
import { FAELLES } from './tekster.ts';

const T = {
  gaelderIkke: 'Indikator 1.b gælder ikke for denne tilbudstype',
  tabel: 'Optælling',
  gruppe: 'Gruppe',
  iGang: 'I gang',
  grundlag: 'Grundlag',
  udeladt: 'Udeladt',
  andel: 'Andel',
  borgere: 'Borgere',
  boern: 'Medfølgende børn',
  samlet: 'Samlet',
  afgoer: 'scoren er givet herud fra',
  trin: 'Trin',
  score: 'Foreslået score',
  ingenGrundlag: 'Ingen indgår i grundlaget, så der kan ikke foreslås en score.',
  ingenScoreLaesning: 'Med den valgte læsning for tilbud til børn og unge foreslår sitet ingen score. Tallene står ovenfor.',
  andreOverskrift: 'Med en anden læsning',
  ingenAndre: 'Ingen af sitets andre læsninger ændrer scoren for dette tilbud.',
  andreIntro: 'Vejledningen afgør ikke alt. Disse læsninger ville give en anden score:',
  brug: 'Brug denne læsning',
  nabo: (mere: number | null, faerre: number | null) =>
    [mere !== null ? `med én person mere i gang bliver scoren ${mere}` : '', faerre !== null ? `med én færre bliver den ${faerre}` : '']
      .filter(Boolean)
      .join(', og '),
  naboOverskrift: 'Tæt på en grænse',
  noter: 'Sitets noter til udkastet',
  drift: 'Scoren 1–5 bruges ved det driftsorienterede tilsyn. Ved godkendelse bedømmes i stedet, om tilbuddet forventes at kunne opfylde indikatoren eller ej.',
  laesningerBrugt: 'Udkastet bygger på sitets valgte læsninger:',
  ret: 'Læs udkastet igennem, og ret det til tilbuddet, før det bruges i en tilsynsrapport.',
  udskriv: 'Udskriv',
} as const;

interface Props {
  resultat: Resultat;
  alternativer: Alternativ[];
  tilbudNavn?: string;
  /** Når den gives, kan brugeren skifte til en anden læsning direkte fra listen. */
  skiftLaesning?: (id: LaesningId, valg: string) => void;
}

function Raekke({ navn, d, afgoer }: { navn: string; d: { taeller: number; grundlag: number; udeladt: number }; afgoer: boolean }) {
  return (
    <tr class={afgoer ? 'samlet' : undefined}>
      <th scope="row">
        {navn}
        {afgoer && <span class="hjaelp"> ({T.afgoer})</span>}
      </th>
      <td>{d.taeller}</td>
      <td>{d.grundlag}</td>
      <td>{d.udeladt}</td>
      <td>{procentTekst(d.taeller, d.grundlag)}</td>
    </tr>
  );
}

export default function ResultatVisning({ resultat: r, alternativer, tilbudNavn, skiftLaesning }: Props) {
  const udkast = udkastTilBedoemmelse(r, alternativer, tilbudNavn);
  if (!r.gaelder) {
    return (
      <div class="resultat">
        <p class="resultat-score">
          <strong>{T.gaelderIkke}.</strong> {FAELLES.ingenScore}.
        </p>
        {r.grund && <p>{r.grund}</p>}
        <RegelForklaring regel="gaelder-ikke" />
        <KopierTekst tekst={udkast} />
      </div>
    );
  }
  const { borgere, boern } = r;
  const samlet = {
    taeller: borgere.taeller + boern.taeller,
    grundlag: borgere.grundlag + boern.grundlag,
    udeladt: borgere.udeladt + boern.udeladt,
  };
  const nabo = naboScorer(r);
  const naboTekst = T.nabo(nabo.enMere, nabo.enFaerre);
  return (
    <div class="resultat">
      <Tabel titel={T.tabel} klasse="resultat-tabel" kolonner={[T.gruppe, T.iGang, T.grundlag, T.udeladt, T.andel]}>
        <Raekke navn={T.borgere} d={borgere} afgoer={r.afgoerende === 'borgere'} />
        {boern.grundlag + boern.udeladt > 0 && <Raekke navn={T.boern} d={boern} afgoer={r.afgoerende === 'boern'} />}
        {boern.grundlag + boern.udeladt > 0 && <Raekke navn={T.samlet} d={samlet} afgoer={r.afgoerende === 'samlet'} />}
      </Tabel>
      {r.score === null || r.trin === null ? (
        <p class="resultat-score">
          <strong>{FAELLES.ingenScore}.</strong> {r.scoreForeslaas ? T.ingenGrundlag : T.ingenScoreLaesning}
        </p>
      ) : (
        <dl class="resultat-noegletal">
          <dt>{T.andel}</dt>
          <dd>
            {r.taeller} af {r.grundlag} ({procentTekst(r.taeller, r.grundlag)})
          </dd>
          <dt>{T.trin}</dt>
          <dd>
            »{r.trin.ord}« – {r.trin.betegnelse}
          </dd>
          <dt>{T.score}</dt>
          <dd class="resultat-score">
            <strong>{r.score}</strong>
          </dd>
        </dl>
      )}
      <section class="alternativer" aria-labelledby="andre-laesninger">
        <h3 id="andre-laesninger">{T.andreOverskrift}</h3>
        {alternativer.length === 0 ? (
          <p>{T.ingenAndre}</p>
        ) : (
          <>
            <p>{T.andreIntro}</p>
            <ul>
              {alternativer.map((a) => (
                <li key={`${a.laesning}-${a.valg}`}>
                  <strong>
                    Score {a.score ?? 'ingen'}
                    {a.andel !== null && a.score !== null ? ` (${andelTekst(a.andel)})` : ''}
                  </strong>{' '}
                  – {laesning(a.laesning).titel} <em>{valg(a.laesning, a.valg).navn}</em>.{' '}
                  {skiftLaesning && (
                    <button type="button" class="knap knap-lille" onClick={() => skiftLaesning(a.laesning, a.valg)}>
                      {T.brug}
                      <span class="sr-only">: {valg(a.laesning, a.valg).navn}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {naboTekst && (
          <p>
            <strong>{T.naboOverskrift}:</strong> {naboTekst}.
          </p>
        )}
      </section>
      <div class="udkast-og-noter">
        <KopierTekst tekst={udkast} udskriv={T.udskriv} />
        <aside class="noter" aria-labelledby="udkast-noter">
          <h3 id="udkast-noter">{T.noter}</h3>
          <ul>
            <li>{T.ret}</li>
            <li>{T.drift}</li>
            <li>
              {T.laesningerBrugt}
              <ul>
                {LAESNINGER.map((l) => (
                  <li key={l.id}>
                    {l.titel} <strong>{valg(l.id, r.laesninger[l.id]).navn}</strong>
                    {r.laesninger[l.id] !== l.standard && <span class="maerke maerke-alt">Ikke sitets standard</span>}
                  </li>
                ))}
              </ul>
            </li>
          </ul>
        </aside>
      </div>
    </div>
  );
}
