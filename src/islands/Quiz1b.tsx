/**
 * Quiz om grænsetilfældene ved indikator 1.b. Spørgsmålene er data (samlingen "quiz"); facit og
 * bedømmelse kommer fra src/domain/oevelser/quiz.ts, som spørger motoren under sitets læsninger. Et
 * svar, som en anden læsning giver, godkendes som forsvarligt. Rækkefølgen af spørgsmål og svar er
 * blandet ud fra et frø i adressen (#r=…), så et delt link viser samme rækkefølge. Til sidst kan man
 * se alle missede spørgsmål med reglen og tage netop dem igen.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TILBUDSTYPE_NAVNE, trin as trinFor, type Score } from '../domain/indikator1b/index.ts';
import { erGodkendt, type Status } from '../domain/oevelser/bedoem.ts';
import { laesFroe, nytFroe } from '../domain/oevelser/blanding.ts';
import { bedoemQuiz, blandQuiz, muligheder, type QuizBedoemmelse, type QuizSpoergsmaal } from '../domain/oevelser/quiz.ts';
import LaesningVisning from '../ui/LaesningVisning.tsx';
import OgsaaISpil from '../ui/OgsaaISpil.tsx';
import PersonKort from '../ui/PersonKort.tsx';
import RegelForklaring from '../ui/RegelForklaring.tsx';
import SvarFormular from '../ui/SvarFormular.tsx';
import { STATUS_TEKST, udfaldTekst } from '../ui/oevelse-tekster.ts';
import { FRAGMENT, fragment, fragmentParameter } from '../utils/fragment.ts';
import '../styles/oevelser.css';

const T = {
  kraeverJs: 'Quizzen kræver JavaScript.',
  spoergsmaal: (nr: number, i_alt: number) => `Spørgsmål ${nr} af ${i_alt}`,
  personSpoergsmaal: (navn: string) => `Hvordan indgår ${navn} i indikator 1.b?`,
  gaelderSpoergsmaal: (navn: string) => `Bedømmes indikator 1.b for ${navn}?`,
  tilbud: (navn: string, type: string) => `${navn} – ${type}`,
  svar: 'Svar',
  naeste: 'Næste spørgsmål',
  tilResultat: 'Se dit resultat',
  sitetsSvar: (s: string) => `Sitets svar er »${s}«.`,
  ditSvar: (s: string) => `Du svarede »${s}«.`,
  trin: (score: Score) => {
    const t = trinFor(score);
    return `Score ${score} svarer til trinnet »${t.ord}« – ${t.betegnelse}.`;
  },
  slut: 'Quizzen er slut',
  point: (r: number, f: number, n: number) =>
    f > 0 ? `Du fik ${r} rigtige og ${f} forsvarlige med en anden læsning ud af ${n}.` : `Du fik ${r} rigtige ud af ${n}.`,
  alleGodkendt: 'Du missede ingen spørgsmål.',
  missede: 'Spørgsmål, du missede',
  igenMissede: (n: number) => (n === 1 ? 'Tag det missede spørgsmål igen' : `Tag de ${n} missede spørgsmål igen`),
  igen: 'Tag hele quizzen igen',
  delLink: 'Link til quizzen i denne rækkefølge',
  delHjaelp: 'Send linket til en kollega, så får I spørgsmålene i samme rækkefølge.',
  kunMissede: (n: number) => `Du tager nu ${n === 1 ? 'det spørgsmål' : `de ${n} spørgsmål`}, du missede.`,
} as const;

interface Props {
  spoergsmaal: QuizSpoergsmaal[];
}

function svarTekst(q: QuizSpoergsmaal, id: string): string {
  if (q.type === 'person') return udfaldTekst(id as 'taeller');
  return muligheder(q).find((m) => m.id === id)?.tekst ?? id;
}

function legend(q: QuizSpoergsmaal): string {
  if (q.type === 'person') return T.personSpoergsmaal(q.person.navn);
  if (q.type === 'gaelder') return T.gaelderSpoergsmaal(q.tilbud.navn);
  return q.spoergsmaal;
}

function Forklaring({ q, b }: { q: QuizSpoergsmaal; b: QuizBedoemmelse }) {
  return (
    <>
      <p>{q.forklaring}</p>
      {q.type === 'score' && <p>{T.trin(Number(b.facit.replace('score-', '')) as Score)}</p>}
      {b.regel && <RegelForklaring regel={b.regel} />}
      {b.laesning && <LaesningVisning laesning={b.laesning.laesning} valgt={b.laesning.valg} dit={b.anden?.valg ?? null} />}
      <OgsaaISpil regler={b.ekstraRegler} />
    </>
  );
}

function laesHash(): number | null {
  return laesFroe(fragmentParameter(window.location.hash, FRAGMENT.froe));
}

export default function Quiz1b({ spoergsmaal }: Props) {
  const [froe, setFroe] = useState<number | null>(null);
  /** Id'erne på de spørgsmål, der tages i denne runde (alle eller de missede). */
  const [runde, setRunde] = useState<string[] | null>(null);
  const [nr, setNr] = useState(0);
  const [valgt, setValgt] = useState<string | null>(null);
  const [svar, setSvar] = useState<Record<string, string>>({});
  const [fokus, setFokus] = useState<{ maal: 'overskrift' | 'feedback' | null; n: number }>({ maal: null, n: 0 });
  const overskrift = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const f = laesHash() ?? nytFroe();
    setFroe(f);
    try {
      history.replaceState(null, '', fragment(FRAGMENT.froe, f));
    } catch {
      /* adressen kan ikke ændres; quizzen virker alligevel */
    }
  }, []);
  useLayoutEffect(() => {
    if (fokus.maal === 'overskrift') overskrift.current?.focus();
    if (fokus.maal === 'feedback') feedback.current?.focus();
  }, [fokus]);
  const flytFokus = (maal: 'overskrift' | 'feedback') => setFokus((f) => ({ maal, n: f.n + 1 }));

  const blandet = useMemo(() => (froe === null ? [] : blandQuiz(spoergsmaal, froe)), [spoergsmaal, froe]);
  const aktuelle = useMemo(() => (runde ? blandet.filter((x) => runde.includes(x.q.id)) : blandet), [blandet, runde]);

  if (froe === null) return <p class="oevelse">{T.kraeverJs}</p>;

  function nulstil(ider: string[] | null) {
    setRunde(ider);
    setSvar({});
    setValgt(null);
    setNr(0);
    flytFokus('overskrift');
  }

  const delHref = fragment(FRAGMENT.froe, froe);

  if (nr >= aktuelle.length) {
    const bedoemt = aktuelle.map(({ q }) => ({ q, b: bedoemQuiz(q, svar[q.id]) }));
    const rigtige = bedoemt.filter((x) => x.b.status === 'rigtigt').length;
    const forsvarlige = bedoemt.filter((x) => x.b.status !== 'rigtigt' && erGodkendt(x.b.status)).length;
    const missede = bedoemt.filter((x) => !erGodkendt(x.b.status));
    return (
      <div class="oevelse quiz">
        <h3 ref={overskrift} tabIndex={-1}>
          {T.slut}
        </h3>
        <p class="quiz-point">{T.point(rigtige, forsvarlige, aktuelle.length)}</p>
        {missede.length === 0 ? (
          <p>{T.alleGodkendt}</p>
        ) : (
          <section aria-labelledby="quiz-missede">
            <h4 id="quiz-missede">{T.missede}</h4>
            <ol class="quiz-gennemsyn">
              {missede.map(({ q, b }) => (
                <li key={q.id}>
                  <p>
                    <strong>{legend(q)}</strong>
                  </p>
                  <p>
                    {T.ditSvar(svarTekst(q, svar[q.id]))} {T.sitetsSvar(svarTekst(q, b.facit))}
                  </p>
                  <Forklaring q={q} b={b} />
                </li>
              ))}
            </ol>
          </section>
        )}
        <div class="knapper">
          {missede.length > 0 && (
            <button type="button" class="knap primaer" onClick={() => nulstil(missede.map((x) => x.q.id))}>
              {T.igenMissede(missede.length)}
            </button>
          )}
          <button type="button" class="knap" onClick={() => nulstil(null)}>
            {T.igen}
          </button>
        </div>
        <p>
          <a href={delHref}>{T.delLink}</a>. {T.delHjaelp}
        </p>
      </div>
    );
  }

  const { q, muligheder: valgmuligheder } = aktuelle[nr];
  const besvaret = svar[q.id] ?? null;
  const b = besvaret === null ? null : bedoemQuiz(q, besvaret);
  const status: Status | null = b?.status ?? null;

  function indsend(v: string) {
    setSvar((s) => ({ ...s, [q.id]: v }));
    flytFokus('feedback');
  }

  return (
    <div class="oevelse quiz">
      {runde && nr === 0 && <p class="hjaelp">{T.kunMissede(runde.length)}</p>}
      <h3 ref={overskrift} tabIndex={-1}>
        {T.spoergsmaal(nr + 1, aktuelle.length)}
      </h3>
      {q.type === 'person' && (
        <div class="tilbud-intro">
          <p class="hjaelp">{T.tilbud(q.tilbud.navn, TILBUDSTYPE_NAVNE[q.tilbud.tilbudstype] ?? q.tilbud.tilbudstype)}</p>
          <PersonKort person={q.person} visKategorier={false} />
        </div>
      )}
      {q.type === 'gaelder' && (
        <div class="tilbud-intro">
          <p class="hjaelp">{T.tilbud(q.tilbud.navn, TILBUDSTYPE_NAVNE[q.tilbud.tilbudstype] ?? q.tilbud.tilbudstype)}</p>
          {q.tilbud.beskrivelse && <p>{q.tilbud.beskrivelse}</p>}
        </div>
      )}
      <SvarFormular
        key={q.id}
        legend={legend(q)}
        navn={`quiz-${q.id}`}
        muligheder={valgmuligheder.map((m) => [m.id, m.tekst] as [string, string])}
        valgt={valgt}
        besvaret={besvaret}
        knaptekst={T.svar}
        onVaelg={setValgt}
        onSvar={indsend}
      />
      <div aria-live="polite" class="feedback-omraade">
        {b && status && besvaret !== null && (
          <div ref={feedback} tabIndex={-1} class={`feedback ${erGodkendt(status) ? 'rigtigt' : 'forkert'}`}>
            <p class="feedback-overskrift">
              <strong>{STATUS_TEKST[status]}</strong> {status !== 'rigtigt' && T.sitetsSvar(svarTekst(q, b.facit))}
            </p>
            <Forklaring q={q} b={b} />
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
            {nr === aktuelle.length - 1 ? T.tilResultat : T.naeste}
          </button>
        </div>
      )}
    </div>
  );
}
