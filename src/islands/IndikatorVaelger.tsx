/**
 * "Hvilke indikatorer gælder for mit tilbud?": vælg tilbudstype og evt. privat tilbud med bestyrelse,
 * og se alle temaer, kriterier og indikatorer, med hvad der gælder og hvad der ikke gælder (med
 * grunden og Kvalitetsmodellens egen ordlyd). Reglerne læses alene af gaelderIndikator.
 *
 * Valget står i URL'en (?tilbud=…&bestyrelse=ja, se tilstand.ts), så resultatet kan deles og
 * overlever en genindlæsning. Serverrenderet (og før hydrering) viser øen kun en kort tekst om, at
 * vælgeren kræver JavaScript; siden har undtagelsestabellen uden for øen.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { INDIKATORER, TEMAER, indikatorerIKriterium, kriterierITema, tilbudstypeNavn } from '../domain/kvalitetsmodel/model.ts';
import { gaelderIndikator } from '../domain/kvalitetsmodel/gaelder.ts';
import { laesTilbudFraUrl, skrivTilbudTilUrl } from '../domain/kvalitetsmodel/tilstand.ts';
import TilbudFelter from '../ui/TilbudFelter.tsx';
import '../styles/vaerktoejer.css';

const I_ALT = INDIKATORER.length;

export default function IndikatorVaelger() {
  const [klar, setKlar] = useState(false);
  const [tilbud, setTilbud] = useState<string | null>(null);
  const [bestyrelse, setBestyrelse] = useState(false);
  const [fejl, setFejl] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const r = laesTilbudFraUrl(location.search);
    setTilbud(r.tilbud);
    setBestyrelse(r.privatMedBestyrelse);
    setFejl(r.beskeder);
    setKlar(true);
  }, []);

  useEffect(() => {
    if (!klar) return;
    const q = skrivTilbudTilUrl(tilbud, bestyrelse);
    history.replaceState(history.state, '', (q || location.pathname) + location.hash);
  }, [klar, tilbud, bestyrelse]);

  const resultat = useMemo(() => {
    if (!tilbud) return null;
    const t = { tilbudstype: tilbud, privatMedBestyrelse: bestyrelse };
    return TEMAER.map((tema) => ({
      tema,
      kriterier: kriterierITema(tema.id).map((k) => ({
        kriterium: k,
        indikatorer: indikatorerIKriterium(k.id).map((i) => ({ indikator: i, g: gaelderIndikator(i, t) })),
      })),
    }));
  }, [tilbud, bestyrelse]);

  const alle = resultat?.flatMap((t) => t.kriterier.flatMap((k) => k.indikatorer)) ?? [];
  const ikke = alle.filter((x) => !x.g.gaelder).map((x) => x.indikator.id);
  const antalGaelder = alle.length - ikke.length;

  const opsummering = (id: string | null, privat: boolean) => {
    if (!id) return 'Ingen tilbudstype valgt.';
    const t = { tilbudstype: id, privatMedBestyrelse: privat };
    const n = INDIKATORER.filter((i) => gaelderIndikator(i, t).gaelder).length;
    return `${tilbudstypeNavn(id)}${privat ? ', privat med bestyrelse' : ''}: ${n} af ${I_ALT} indikatorer gælder.`;
  };

  if (!klar) {
    return (
      <div class="vt-vaerktoej">
        <p class="vt-kraever-js">
          Vælgeren kræver JavaScript. Uden JavaScript kan du bruge <a href="#alle-undtagelser-i-kvalitetsmodellen">tabellerne over alle undtagelser</a> længere
          nede på siden.
        </p>
      </div>
    );
  }

  return (
    <div class="vt-vaerktoej" id="indikator-vaelger">
      <form class="vt-indstillinger" aria-label="Vælg tilbud" onSubmit={(e) => e.preventDefault()}>
        <TilbudFelter
          idPrefix="iv"
          tilbud={tilbud}
          privatMedBestyrelse={bestyrelse}
          onTilbud={(id) => {
            setTilbud(id);
            setFejl([]);
            setStatus(opsummering(id, bestyrelse));
          }}
          onBestyrelse={(b) => {
            setBestyrelse(b);
            setFejl([]);
            setStatus(opsummering(tilbud, b));
          }}
        />
      </form>

      <div class="vt-besked" role="status" aria-live="polite">
        {fejl.length > 0 && (
          <div class="vt-fejl">
            <p>
              <strong>Noget i adressen kunne ikke bruges:</strong>
            </p>
            <ul>
              {fejl.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
        )}
        {status && <p>{status}</p>}
      </div>

      {!resultat && <p>Vælg en tilbudstype for at se, hvilke indikatorer der gælder.</p>}

      {resultat && tilbud && (
        <div class="vt-resultat">
          <p class="vt-opsummering">
            For <strong>{tilbudstypeNavn(tilbud)}</strong>
            {bestyrelse ? ' (privat tilbud med bestyrelse)' : ''} gælder <strong>{antalGaelder}</strong> af {I_ALT} indikatorer.{' '}
            {ikke.length === 0 ? 'Alle indikatorer gælder.' : `Disse gælder ikke: ${ikke.join(', ')}.`}
          </p>
          {resultat.map(({ tema, kriterier }) => {
            const ind = kriterier.flatMap((k) => k.indikatorer);
            const n = ind.filter((x) => x.g.gaelder).length;
            return (
              <section class="vt-tema" aria-labelledby={`iv-${tema.id}`} key={tema.id}>
                <h3 id={`iv-${tema.id}`}>
                  Tema {tema.nummer}: {tema.navn}
                </h3>
                <p class="vt-antal">
                  {n} af {ind.length} indikatorer gælder.
                </p>
                {kriterier.map(({ kriterium, indikatorer }) => (
                  <div class="vt-kriterium" key={kriterium.id}>
                    <h4>Kriterium {kriterium.nummer}</h4>
                    <p class="vt-kriterietekst">{kriterium.tekst}</p>
                    <ul class="vt-indikatorer">
                      {indikatorer.map(({ indikator, g }) => (
                        <li class={g.gaelder ? 'vt-gaelder' : 'vt-gaelder-ikke'} key={indikator.id}>
                          <p>
                            <strong>Indikator {indikator.id}</strong> <span class="vt-maerke">{g.gaelder ? 'Gælder' : 'Gælder ikke'}</span>
                          </p>
                          <p class="vt-indikatortekst">{indikator.tekst}</p>
                          {indikator.gaelder && (
                            <div class="vt-grund">
                              {!g.gaelder && <p>{g.grund}</p>}
                              <p>
                                {g.gaelder ? 'Særregel i Kvalitetsmodellen, som tilbuddet opfylder: ' : 'Kvalitetsmodellens ordlyd: '}
                                <q>{indikator.gaelder.kildetekst}</q>
                              </p>
                              {indikator.gaelder.fortolkning && (
                                <p>
                                  <strong>Sitets fortolkning:</strong> {indikator.gaelder.fortolkning}
                                </p>
                              )}
                            </div>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
