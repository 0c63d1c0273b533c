/**
 * En deltager i en kalibrering: læser tilbuddet fra linkets fragment, afgør for hver person ud fra
 * beskrivelsen, om personen tæller med, ikke tæller med eller udelades, vælger en score og kan skrive
 * en kort begrundelse. Der gives ingen feedback. Til sidst får deltageren et resultatlink og en
 * resultatfil til den, der leder kalibreringen. Intet sendes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { TILBUDSTYPE_NAVNE, type Scenarie, type Udfald } from '../../domain/indikator1b/index.ts';
import { pakFragment, udpakFragment } from '../../domain/indikator1b/beregner.ts';
import { FORMAT, MAKS_BEGRUNDELSE, UDFALD_VAERDIER, VERSION, type ResultatFil } from '../../domain/kalibrering/resultatfil.ts';
import PersonKort from '../../ui/PersonKort.tsx';
import { udfaldTekst } from '../../ui/oevelse-tekster.ts';
import { FRAGMENT, fragment, fragmentParameter } from '../../utils/fragment.ts';
import { hentFil } from '../../ui/hent-fil.ts';
import { SAMMENLIGN_STI, absolut, tjekAlias } from './adresser.ts';
import KopierLink from '../../ui/KopierLink.tsx';
import { FejlListe, TekstFelt } from './Felter.tsx';
import '../../styles/oevelser.css';

const T = {
  henter: 'Henter tilbuddet fra linket …',
  ingenLink:
    'Denne side åbnes med et link fra den, der leder kalibreringen. Linket indeholder tilbuddet. Bed om linket, eller lav selv en kalibrering på siden om kalibrering.',
  oedelagt: 'Linket kunne ikke læses. Det er måske blevet afkortet eller ændret undervejs, fx af et mailprogram. Bed om linket igen, og kopiér det helt.',
  ugyldigt: 'Linket indeholder et tilbud, der ikke kan bruges. Bed om et nyt link.',
  intro: (n: number) =>
    `Afgør for hver af de ${n} personer, hvordan personen indgår i indikator 1.b. Du får ingen svar undervejs. Til sidst vælger du en score.`,
  alias: 'Dine initialer eller et alias',
  aliasHjaelp: 'Skriv ikke dit fulde navn. Den, der leder kalibreringen, ser aliasset ved dine svar.',
  hvordan: (navn: string) => `Hvordan indgår ${navn} i indikator 1.b?`,
  begrundelse: (navn: string) => `Kort begrundelse for ${navn} (valgfri)`,
  score: 'Hvilken score giver du indikator 1.b for tilbuddet?',
  ingenScore: 'Ingen score',
  afslut: 'Afslut og lav mit resultat',
  fejlOverskrift: 'Ret disse ting først:',
  mangler: (navn: string) => `Vælg et svar for ${navn}.`,
  manglerScore: 'Vælg en score eller »Ingen score«.',
  langBegrundelse: (navn: string) => `Begrundelsen for ${navn} er for lang (højst ${MAKS_BEGRUNDELSE} tegn).`,
  faerdig: 'Dit resultat',
  faerdigTekst: 'Send resultatlinket eller resultatfilen til den, der leder kalibreringen. Intet er sendt fra siden.',
  resultatLink: 'Resultatlink',
  hentFil: 'Hent resultatfilen',
  ret: 'Ret mine svar',
} as const;

type Indlaesning = { status: 'henter' } | { status: 'fejl'; besked: string } | { status: 'klar'; scenarie: Scenarie };

export default function KalibreringDeltager() {
  const [ind, setInd] = useState<Indlaesning>({ status: 'henter' });
  const [alias, setAlias] = useState('');
  const [svar, setSvar] = useState<Record<string, Udfald>>({});
  const [begrundelser, setBegrundelser] = useState<Record<string, string>>({});
  const [score, setScore] = useState<string>('');
  const [fejl, setFejl] = useState<{ felt: string; besked: string }[]>([]);
  const [resultat, setResultat] = useState<{ fil: ResultatFil; link: string } | null>(null);
  const fejlRef = useRef<HTMLDivElement>(null);
  const faerdigRef = useRef<HTMLHeadingElement>(null);
  const [fokus, setFokus] = useState<{ maal: 'fejl' | 'faerdig' | null; n: number }>({ maal: null, n: 0 });

  useEffect(() => {
    (async () => {
      const t = fragmentParameter(window.location.hash, FRAGMENT.tilbud);
      if (!t) return setInd({ status: 'fejl', besked: T.ingenLink });
      const data = await udpakFragment(t);
      if (data === null) return setInd({ status: 'fejl', besked: T.oedelagt });
      // Skemaet (Zod) indlæses først her, så det ikke er en del af sidens første JavaScript.
      const { valider } = await import('../../schemas/scenarie.ts');
      const v = valider(data, 'linket');
      if (!v.ok) return setInd({ status: 'fejl', besked: T.ugyldigt });
      setInd({ status: 'klar', scenarie: v.scenarie });
    })();
  }, []);
  useEffect(() => {
    if (fokus.maal === 'fejl') fejlRef.current?.focus();
    if (fokus.maal === 'faerdig') faerdigRef.current?.focus();
  }, [fokus]);

  if (ind.status === 'henter') return <p class="oevelse">{T.henter}</p>;
  if (ind.status === 'fejl') {
    return (
      <div class="oevelse kalibrering">
        <p class="besked" role="alert">
          {ind.besked}
        </p>
      </div>
    );
  }
  const s = ind.scenarie;

  async function afslut(e: Event) {
    e.preventDefault();
    const f: { felt: string; besked: string }[] = [];
    const a = tjekAlias(alias);
    if (a) f.push({ felt: 'deltager-alias', besked: a });
    for (const p of s.personer) {
      if (!svar[p.id]) f.push({ felt: `svar-${p.id}-${UDFALD_VAERDIER[0]}`, besked: T.mangler(p.navn) });
      if ((begrundelser[p.id] ?? '').length > MAKS_BEGRUNDELSE) f.push({ felt: `begrundelse-${p.id}`, besked: T.langBegrundelse(p.navn) });
    }
    if (score === '') f.push({ felt: 'score-1', besked: T.manglerScore });
    setFejl(f);
    if (f.length > 0) {
      setFokus((x) => ({ maal: 'fejl', n: x.n + 1 }));
      return;
    }
    const b = Object.fromEntries(
      Object.entries(begrundelser)
        .map(([k, v]) => [k, v.trim()])
        .filter(([, v]) => v !== ''),
    );
    const fil: ResultatFil = {
      format: FORMAT,
      version: VERSION,
      scenarie: s,
      deltager: alias.trim(),
      svar,
      score: score === 'ingen' ? null : (Number(score) as ResultatFil['score']),
      ...(Object.keys(b).length > 0 ? { begrundelser: b } : {}),
    };
    const link = absolut(SAMMENLIGN_STI + fragment(FRAGMENT.resultat, await pakFragment(fil)));
    setResultat({ fil, link });
    setFokus((x) => ({ maal: 'faerdig', n: x.n + 1 }));
  }

  if (resultat) {
    const filnavn = `kalibrering-${resultat.fil.deltager.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`;
    return (
      <div class="oevelse kalibrering">
        <h3 ref={faerdigRef} tabIndex={-1}>
          {T.faerdig}
        </h3>
        <p>{T.faerdigTekst}</p>
        <KopierLink etiket={T.resultatLink} href={resultat.link} />
        <div class="knapper">
          <button type="button" class="knap primaer" onClick={() => hentFil(filnavn, `${JSON.stringify(resultat.fil, null, 2)}\n`, 'application/json')}>
            {T.hentFil}
          </button>
          <button type="button" class="knap" onClick={() => setResultat(null)}>
            {T.ret}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div class="oevelse kalibrering">
      <h3>{s.navn}</h3>
      <p class="hjaelp">{TILBUDSTYPE_NAVNE[s.tilbudstype] ?? s.tilbudstype}</p>
      {s.beskrivelse && <p>{s.beskrivelse}</p>}
      <p>{T.intro(s.personer.length)}</p>
      <form onSubmit={afslut} noValidate>
        <FejlListe overskrift={T.fejlOverskrift} fejl={fejl} fokusRef={fejlRef} />
        <TekstFelt id="deltager-alias" etiket={T.alias} hjaelp={T.aliasHjaelp} autoComplete="off" maxLength={20} value={alias} onInput={setAlias} />
        <ol class="kalibrering-personer">
          {s.personer.map((p) => (
            <li key={p.id}>
              <fieldset>
                <legend>{T.hvordan(p.navn)}</legend>
                <PersonKort person={p} visNavn={false} visKategorier={false} />
                {UDFALD_VAERDIER.map((u) => (
                  <label class="valg" key={u}>
                    <input
                      id={`svar-${p.id}-${u}`}
                      type="radio"
                      name={`svar-${p.id}`}
                      value={u}
                      checked={svar[p.id] === u}
                      onChange={() => setSvar((x) => ({ ...x, [p.id]: u }))}
                    />
                    <span>{udfaldTekst(u)}</span>
                  </label>
                ))}
                <p class="felt">
                  <label htmlFor={`begrundelse-${p.id}`}>{T.begrundelse(p.navn)}</label>
                  <textarea
                    id={`begrundelse-${p.id}`}
                    rows={2}
                    maxLength={MAKS_BEGRUNDELSE}
                    value={begrundelser[p.id] ?? ''}
                    onInput={(e) => setBegrundelser((x) => ({ ...x, [p.id]: e.currentTarget.value }))}
                  />
                </p>
              </fieldset>
            </li>
          ))}
        </ol>
        <fieldset>
          <legend>{T.score}</legend>
          {['1', '2', '3', '4', '5', 'ingen'].map((v) => (
            <label class="valg" key={v}>
              <input id={`score-${v}`} type="radio" name="score" value={v} checked={score === v} onChange={() => setScore(v)} />
              <span>{v === 'ingen' ? T.ingenScore : `Score ${v}`}</span>
            </label>
          ))}
        </fieldset>
        <div class="knapper">
          <button type="submit" class="knap primaer">
            {T.afslut}
          </button>
        </div>
      </form>
    </div>
  );
}
