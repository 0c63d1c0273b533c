/** Svaret på et trin i gennemgangen: status, sitets svar, reglen og – hvor det er åbent – læsningerne. */
import { KATEGORI_NAVNE, STANDARD_LAESNINGER, gaelderFor, vurderPerson, type Scenarie, type Udfald } from '../../domain/indikator1b/index.ts';
import { bedoemUdfald } from '../../domain/oevelser/bedoem.ts';
import { KLASSE_NAVNE, bedoemKlasse, type Klasse } from '../../domain/oevelser/klassifikation.ts';
import LaesningVisning from '../../ui/LaesningVisning.tsx';
import RegelForklaring from '../../ui/RegelForklaring.tsx';
import { STATUS_TEKST, udfaldTekst } from '../../ui/oevelse-tekster.ts';
import OgsaaISpil from '../../ui/OgsaaISpil.tsx';
import { T } from './tekster.ts';
import type { Svar, Trin } from './tilstand.ts';

interface Props {
  scenarie: Scenarie;
  trin: Trin;
  svar: Svar;
}

export function FeedbackIndhold({ scenarie, trin, svar }: Props) {
  if (trin.type === 'gaelder') {
    const gaelder = gaelderFor(scenarie.tilbudstype);
    const rigtigt = (svar === 'ja') === gaelder;
    return (
      <>
        <p class="feedback-overskrift">
          <strong>{STATUS_TEKST[rigtigt ? 'rigtigt' : 'forkert']}</strong> {T.gaelderSvar(gaelder, scenarie.navn)}
        </p>
        <RegelForklaring regel="gaelder-ikke" />
      </>
    );
  }
  const { person } = trin;
  if (trin.type === 'hvad') {
    const b = bedoemKlasse(person, svar as Klasse);
    const uklart = person.forloeb.find((f) => f.afklares);
    return (
      <>
        <p class="feedback-overskrift">
          <strong>{STATUS_TEKST[b.status]}</strong>{' '}
          {b.status === 'forkert' && `${T.sitetsSvar(b.rigtige.map((k) => KLASSE_NAVNE[k]).join(' eller '))} ${T.ditSvar(KLASSE_NAVNE[svar as Klasse])}`}
        </p>
        {uklart?.afklares && <p>{T.uklart(uklart.afklares)}</p>}
        <p>{T.hvadSvar}:</p>
        {b.forloeb.length === 0 ? (
          <p>{T.ingenForloeb}</p>
        ) : (
          <ul class="forloeb-liste">
            {b.forloeb.map(({ forloeb: f, klasse }, i) => (
              <li key={i}>
                {f.beskrivelse ? `${f.beskrivelse}: ` : ''}
                <strong>{KATEGORI_NAVNE[f.kategori]}</strong> ({KLASSE_NAVNE[klasse].toLowerCase()}){f.hjemmel && ` – ${f.hjemmel}`}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const b = bedoemUdfald(person, scenarie.tilbudstype, svar as Udfald);
  const v = vurderPerson(person, scenarie.tilbudstype);
  const afgoerende = b.facit.laesning ?? b.mulige.find((m) => !m.valgt)?.laesning ?? null;
  const uklart = person.forloeb.find((f) => f.afklares);
  return (
    <>
      <p class="feedback-overskrift">
        <strong>{STATUS_TEKST[b.status]}</strong> {T.sitetsSvar(udfaldTekst(b.facit.udfald))} {b.status !== 'rigtigt' && T.ditSvar(udfaldTekst(b.svar))}
      </p>
      {b.status === 'uafklaret' && uklart?.afklares && (
        <p>
          {T.uklart(uklart.afklares)} {T.uafklaretForklaring} {KATEGORI_NAVNE[uklart.kategori].toLowerCase()}.
        </p>
      )}
      <RegelForklaring regel={v.regel} />
      {afgoerende && <LaesningVisning laesning={afgoerende} valgt={STANDARD_LAESNINGER[afgoerende]} dit={b.anden?.valg ?? null} />}
      <OgsaaISpil regler={v.ekstraRegler} />
    </>
  );
}
