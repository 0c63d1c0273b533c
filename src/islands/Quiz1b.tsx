/**
 * Quiz om grænsetilfældene ved indikator 1.b. Spørgsmålene er data (content/data/quiz-1b.json);
 * forklaringen på hvert svar henviser til motorens regel (REGLER) eller, for spørgsmål om trinnene,
 * til motorens beregning af scoren for en andel.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scoreForAndel, type Intervaller, type RegelId } from '../domain/indikator1b/klient.ts';
import RegelForklaring from './RegelForklaring.tsx';
import { FAELLES, brok } from './tekster.ts';
import '../styles/oevelser.css';
import SvarFormular from './SvarFormular.tsx';
import { href } from '../utils/stier.ts';

const T = {
  kraeverJs: 'Quizzen kræver JavaScript.',
  spoergsmaal: (nr: number, i_alt: number) => `Spørgsmål ${nr} af ${i_alt}`,
  svar: 'Svar',
  naeste: 'Næste spørgsmål',
  tilResultat: 'Se dit resultat',
  detRigtige: (s: string) => `Det rigtige svar er „${s}“.`,
  trin: (brok: string, ord: string, betegnelse: string, score: number) =>
    `Motoren regner ${brok} til trinnet „${ord}“ – ${betegnelse} – og foreslår score ${score}.`,
  seTabel: 'Se sitets tabel over trinnene',
  slut: 'Quizzen er slut',
  point: (r: number, n: number) => `Du fik ${r} af ${n} rigtige.`,
  igen: 'Tag quizzen igen',
} as const;

export interface QuizSpoergsmaal {
  id: string;
  spoergsmaal: string;
  svar: string[];
  /** Indeks i `svar` for det rigtige svar. */
  rigtigt: number;
  /** Kort forklaring med sitets egne ord. */
  forklaring: string;
  /** Motorens regel, som forklarer svaret. */
  regel?: RegelId;
  /** For spørgsmål om trinnene: tallene, motoren skal beregne scoren for. */
  beregning?: { taeller: number; grundlag: number };
}

interface Props {
  spoergsmaal: QuizSpoergsmaal[];
  intervaller: Intervaller;
  /** Hvor tabellen over trinnene står. */
  tabelHref?: string;
}

export default function Quiz1b({ spoergsmaal, intervaller, tabelHref = href.intervaltabel() }: Props) {
  const [klar, setKlar] = useState(false);
  const [nr, setNr] = useState(0);
  const [valgt, setValgt] = useState<number | null>(null);
  const [svar, setSvar] = useState<(number | null)[]>(() => spoergsmaal.map(() => null));
  const [fejl, setFejl] = useState('');
  const [fokus, setFokus] = useState<{ maal: 'overskrift' | 'feedback' | null; n: number }>({ maal: null, n: 0 });
  const overskrift = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);

  useEffect(() => setKlar(true), []);
  // Flyt fokus straks efter renderingen, så tastaturbrugere lander på det nye indhold.
  useLayoutEffect(() => {
    if (fokus.maal === 'overskrift') overskrift.current?.focus();
    if (fokus.maal === 'feedback') feedback.current?.focus();
  }, [fokus]);
  const flytFokus = (maal: 'overskrift' | 'feedback') => setFokus((f) => ({ maal, n: f.n + 1 }));

  if (!klar) return <p class="oevelse">{T.kraeverJs}</p>;

  if (nr >= spoergsmaal.length) {
    const rigtige = spoergsmaal.filter((q, i) => svar[i] === q.rigtigt).length;
    return (
      <div class="oevelse quiz">
        <h3 ref={overskrift} tabIndex={-1}>
          {T.slut}
        </h3>
        <p class="quiz-point" aria-live="polite">
          {T.point(rigtige, spoergsmaal.length)}
        </p>
        <div class="knapper">
          <button
            type="button"
            class="knap primaer"
            onClick={() => {
              setSvar(spoergsmaal.map(() => null));
              setValgt(null);
              setNr(0);
              flytFokus('overskrift');
            }}
          >
            {T.igen}
          </button>
        </div>
      </div>
    );
  }

  const q = spoergsmaal[nr];
  const besvaret = svar[nr];
  const rigtigt = besvaret === q.rigtigt;
  const beregnet = q.beregning ? scoreForAndel(q.beregning.taeller, q.beregning.grundlag, intervaller) : null;

  function indsend(e: Event) {
    e.preventDefault();
    if (besvaret !== null) return;
    if (valgt === null) {
      setFejl(FAELLES.vaelgSvar);
      return;
    }
    setFejl('');
    setSvar((s) => s.map((v, i) => (i === nr ? valgt : v)));
    flytFokus('feedback');
  }

  return (
    <div class="oevelse quiz">
      <h3 ref={overskrift} tabIndex={-1}>
        {T.spoergsmaal(nr + 1, spoergsmaal.length)}
      </h3>
      <SvarFormular
        legend={q.spoergsmaal}
        navn={`quiz-${q.id}`}
        muligheder={q.svar.map((tekst, i) => [i, tekst] as [number, string])}
        valgt={valgt}
        besvaret={besvaret}
        fejl={fejl}
        knaptekst={T.svar}
        onVaelg={(v) => {
          setValgt(v);
          setFejl('');
        }}
        onSvar={indsend}
      />
      <div aria-live="polite" class="feedback-omraade">
        {besvaret !== null && (
          <div ref={feedback} tabIndex={-1} class={`feedback ${rigtigt ? 'rigtigt' : 'forkert'}`}>
            <p class="feedback-overskrift">
              <strong>{rigtigt ? FAELLES.rigtigt : FAELLES.forkert}</strong> {!rigtigt && T.detRigtige(q.svar[q.rigtigt])}
            </p>
            <p>{q.forklaring}</p>
            {q.regel && <RegelForklaring regel={q.regel} />}
            {q.beregning && beregnet?.baand && beregnet.score !== null && (
              <div class="regel">
                <p>{T.trin(brok(q.beregning.taeller, q.beregning.grundlag, beregnet.andel), beregnet.baand.ord, beregnet.baand.betegnelse, beregnet.score)}</p>
                <p>
                  <a href={tabelHref}>{T.seTabel}</a>
                </p>
              </div>
            )}
          </div>
        )}
      </div>
      {besvaret !== null && (
        <div class="knapper">
          <button
            type="button"
            class="knap primaer"
            onClick={() => {
              setValgt(null);
              setNr(nr + 1);
              flytFokus('overskrift');
            }}
          >
            {nr === spoergsmaal.length - 1 ? T.tilResultat : T.naeste}
          </button>
        </div>
      )}
    </div>
  );
}
