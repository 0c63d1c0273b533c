/**
 * Resultatet af en beregning af indikator 1.b: optælling for borgere, medfølgende børn og samlet,
 * andel, trin, foreslået score, nabo-scorer, der også kan forsvares, og udkastet til bedømmelsen.
 * Alle tal og ord kommer fra motoren og banddataene.
 */
import { udkastTilBedoemmelse, type Resultat } from '../domain/indikator1b/klient.ts';
import KopierTekst from './KopierTekst.tsx';
import RegelForklaring from './RegelForklaring.tsx';
import { FAELLES, brok, ellerListe, procent } from './tekster.ts';
import Rulleramme from './Rulleramme.tsx';

const T = {
  gaelderIkke: 'Indikator 1.b gælder ikke for denne tilbudstype',
  tabel: 'Optælling',
  gruppe: 'Gruppe',
  iGang: 'Tæller med',
  grundlag: 'Grundlag',
  andel: 'Andel',
  borgere: 'Borgere',
  boern: 'Medfølgende børn',
  samlet: 'Samlet (ét fælles grundlag)',
  udeladt: (n: number) =>
    `${n} ${n === 1 ? 'borger' : 'borgere'} på folkepension uden tilbud er udeladt af grundlaget.`,
  trin: 'Trin',
  score: 'Foreslået score',
  ogsaa: 'Kan også forsvares',
  ogsaaTekst: (s: string) => `Score ${s}: én person mere eller mindre, der tæller, ville flytte andelen over en grænse.`,
  ingenNabo: 'Ingen – andelen ligger ikke inden for én person af en grænse.',
  ingenGrundlag: 'Ingen indgår i grundlaget, så der kan ikke foreslås en score.',
} as const;

interface Props {
  resultat: Omit<Resultat, 'personer'>;
  scenarieNavn?: string;
}

export default function ResultatVisning({ resultat, scenarieNavn }: Props) {
  const udkast = udkastTilBedoemmelse(resultat, scenarieNavn);
  if (!resultat.gaelder) {
    return (
      <div class="resultat">
        <p class="resultat-score">
          <strong>{T.gaelderIkke}.</strong> {FAELLES.ingenScore}.
        </p>
        {resultat.grund && <p>{resultat.grund}</p>}
        <RegelForklaring regel="gaelder-ikke" />
        <KopierTekst tekst={udkast} />
      </div>
    );
  }
  const { borgere, boern } = resultat;
  return (
    <div class="resultat">
      <Rulleramme etiket={T.tabel}><table class="resultat-tabel">
        <caption>{T.tabel}</caption>
        <thead>
          <tr>
            <th scope="col">{T.gruppe}</th>
            <th scope="col">{T.iGang}</th>
            <th scope="col">{T.grundlag}</th>
            <th scope="col">{T.andel}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{T.borgere}</th>
            <td>{borgere.taeller}</td>
            <td>{borgere.grundlag}</td>
            <td>{procent(borgere.andel)}</td>
          </tr>
          <tr>
            <th scope="row">{T.boern}</th>
            <td>{boern.taeller}</td>
            <td>{boern.grundlag}</td>
            <td>{procent(boern.andel)}</td>
          </tr>
          <tr class="samlet">
            <th scope="row">{T.samlet}</th>
            <td>{resultat.taeller}</td>
            <td>{resultat.grundlag}</td>
            <td>{procent(resultat.andel)}</td>
          </tr>
        </tbody>
      </table></Rulleramme>
      {resultat.udeladt > 0 && <p>{T.udeladt(resultat.udeladt)}</p>}
      {resultat.score === null || resultat.baand === null ? (
        <p class="resultat-score">
          <strong>{FAELLES.ingenScore}.</strong> {T.ingenGrundlag}
        </p>
      ) : (
        <dl class="resultat-noegletal">
          <dt>{T.andel}</dt>
          <dd>{brok(resultat.taeller, resultat.grundlag, resultat.andel)}</dd>
          <dt>{T.trin}</dt>
          <dd>
            „{resultat.baand.ord}“ – {resultat.baand.betegnelse}
          </dd>
          <dt>{T.score}</dt>
          <dd class="resultat-score">
            <strong>{resultat.score}</strong>
          </dd>
          <dt>{T.ogsaa}</dt>
          <dd>{resultat.ogsaaForsvarligt.length > 0 ? T.ogsaaTekst(ellerListe(resultat.ogsaaForsvarligt)) : T.ingenNabo}</dd>
        </dl>
      )}
      <KopierTekst tekst={udkast} />
    </div>
  );
}
