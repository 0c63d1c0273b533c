/**
 * Sammenligningen i en kalibrering: den, der leder, åbner deltagernes resultatlinks og -filer (felt,
 * filvælger eller træk og slip) og ser personer × deltagere, enigheden pr. person, spredningen af
 * scorer, Fleiss' kappa med en forklaring i ord og – for hver person, deltagerne er uenige om – den
 * regel, der afgør sagen, og de læsninger, der gør hvert svar forsvarligt. Resultater for et andet
 * tilbud eller en ændret udgave afvises med en besked, der nævner filen. Intet sendes; resultaterne
 * gemmes i browseren, så flere links kan åbnes efter hinanden.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { andelTekst, laesning, valg, vurderPerson, type Scenarie, type Udfald } from '../../domain/indikator1b/index.ts';
import { udpakFragment } from '../../domain/indikator1b/beregner.ts';
import { bedoemUdfald } from '../../domain/oevelser/bedoem.ts';
import { UDFALD_VAERDIER, fingeraftryk, type ResultatFil } from '../../domain/kalibrering/resultatfil.ts';
import { kappaIOrd, sammenlign, tilCsv } from '../../domain/kalibrering/sammenligning.ts';
import PersonKort from '../../ui/PersonKort.tsx';
import RegelForklaring from '../../ui/RegelForklaring.tsx';
import Tabel from '../../ui/Tabel.tsx';
import Fejlliste from '../../ui/Fejlliste.tsx';
import { udfaldTekst } from '../../ui/oevelse-tekster.ts';
import { FRAGMENT, fragmentParameter } from '../../utils/fragment.ts';
import { hentFil } from '../../ui/hent-fil.ts';
import '../../styles/oevelser.css';

const NOEGLE = 'tema1.kalibrering.sammenligning.v1';

const T = {
  kraeverJs: 'Sammenligningen kræver JavaScript.',
  tilfoejOverskrift: 'Læg resultater ind',
  links: 'Resultatlinks (ét pr. linje)',
  tilfoejLinks: 'Læg linkene ind',
  filer: 'Resultatfiler',
  slip: 'Eller træk resultatfiler hertil.',
  tilbud: (navn: string, n: number) => `Tilbud: ${navn} (${n} personer).`,
  ingen: 'Der er ingen resultater endnu. Læg resultatlinks eller -filer ind ovenfor.',
  lagtInd: (n: number) => (n === 1 ? '1 resultat er lagt ind.' : `${n} resultater er lagt ind.`),
  afvist: 'Ikke lagt ind:',
  erstattet: (alias: string) => `${alias} havde allerede et resultat; det nye har erstattet det.`,
  linkNr: (n: number) => `resultatlink ${n}`,
  linkAdresse: 'resultatlinket i adressen',
  oedelagtLink: (kilde: string) => `${kilde}: kunne ikke læses – linket er måske afkortet eller ændret.`,
  tilbudLink: 'Tilbuddet fra linket til sammenligningen',
  tabel: 'Svar pr. person og deltager',
  person: 'Person',
  enighed: 'Enighed',
  enighedHjaelp: 'Enighed er andelen af par af deltagere, der har svaret det samme om personen (Fleiss’ Pᵢ).',
  kappa: 'Fleiss’ kappa',
  kappaHjaelp:
    'Kappa måler, hvor enige deltagerne er om alle personerne, ud over den enighed, man ville få ved tilfældige svar med samme fordeling. 1 er fuld enighed, 0 er ikke bedre end tilfældigt, og under 0 er mindre enighed end tilfældigt. Inddelingen i ord er sitets grove tommelfingerregel. Når næsten alle svar er ens, kan kappa blive lav, selv om I er enige om de fleste personer; se derfor også enigheden pr. person.',
  scorer: 'Scorer',
  score: 'Score',
  antal: 'Antal',
  hvem: 'Deltagere',
  ingenScore: 'Ingen score',
  uenige: 'Personer, I er uenige om',
  enige: 'I er enige om alle personer.',
  sitetsSvar: (s: string) => `Sitets svar: ${s.toLowerCase()}.`,
  svarGivet: (s: string, n: number, hvem: string) => `${s} (${n}: ${hvem})`,
  rigtigt: 'Sitets læsning.',
  forsvarligt: (titel: string, navn: string) => `Forsvarligt med en anden læsning – ${titel} ${navn}`,
  uafklaret: 'Forsvarligt, indtil det er undersøgt hos tilbuddet.',
  forkert: 'Ingen af sitets læsninger giver dette svar.',
  csv: 'Hent som CSV',
  udskriv: 'Udskriv til referat',
  fjern: (alias: string) => `Fjern ${alias}`,
  fjernAlle: 'Fjern alle resultater',
  deltager: 'Deltager',
} as const;

interface Gemt {
  version: 1;
  resultater: ResultatFil[];
  reference: Scenarie | null;
}

/** Kontrollen bruger scenarieskemaet (Zod) og indlæses først, når øen er vågnet. */
type Kontrol = typeof import('../../domain/kalibrering/resultatfil-kontrol.ts') & Pick<typeof import('../../schemas/scenarie.ts'), 'valider'>;

async function hentKontrol(): Promise<Kontrol> {
  const [k, s] = await Promise.all([import('../../domain/kalibrering/resultatfil-kontrol.ts'), import('../../schemas/scenarie.ts')]);
  return { ...k, valider: s.valider };
}

function laesGemt({ valider, kontrollerResultat }: Kontrol): Gemt {
  try {
    const g = JSON.parse(localStorage.getItem(NOEGLE) ?? 'null') as Gemt | null;
    if (!g || g.version !== 1 || !Array.isArray(g.resultater)) return { version: 1, resultater: [], reference: null };
    const reference = g.reference ? (valider(g.reference, 'gemt').ok ? g.reference : null) : null;
    const resultater = g.resultater.flatMap((r, i) => {
      const k = kontrollerResultat(r, `gemt ${i}`, reference ?? undefined);
      return k.ok ? [k.resultat] : [];
    });
    return { version: 1, resultater, reference };
  } catch {
    return { version: 1, resultater: [], reference: null };
  }
}

export default function KalibreringSammenligning() {
  const [klar, setKlar] = useState(false);
  const [resultater, setResultater] = useState<ResultatFil[]>([]);
  const [reference, setReference] = useState<Scenarie | null>(null);
  const [beskeder, setBeskeder] = useState<{ ok: string[]; fejl: string[] }>({ ok: [], fejl: [] });
  const [links, setLinks] = useState('');
  const [traekker, setTraekker] = useState(false);
  const tilstandRef = useRef<{ resultater: ResultatFil[]; reference: Scenarie | null }>({ resultater: [], reference: null });
  const kontrolRef = useRef<Kontrol | null>(null);

  // Bruger kun refs og tilstandens sættere: samme funktion hele tiden, så effekten ved start kører én gang.
  const gem = useCallback((r: ResultatFil[], ref: Scenarie | null) => {
    tilstandRef.current = { resultater: r, reference: ref };
    setResultater(r);
    setReference(ref);
    try {
      localStorage.setItem(NOEGLE, JSON.stringify({ version: 1, resultater: r, reference: ref }));
    } catch {
      /* fuldt lager: sammenligningen virker, men huskes ikke */
    }
  }, []);

  /** Lægger indlæste data ind; afviser fremmede tilbud. Returnerer beskeder. */
  const tilfoej = useCallback(
    (poster: { data: unknown; kilde: string; tekst?: boolean }[], nyReference?: Scenarie) => {
      const k = kontrolRef.current;
      if (!k) return { ok: [], fejl: [] };
      const { kontrollerResultat, laesResultatTekst } = k;
      let { resultater: r, reference: ref } = tilstandRef.current;
      if (nyReference) {
        if (ref && fingeraftryk(ref) !== fingeraftryk(nyReference)) r = [];
        ref = nyReference;
        r = r.filter((x) => fingeraftryk(x.scenarie) === fingeraftryk(nyReference));
      }
      const ok: string[] = [];
      const fejl: string[] = [];
      for (const p of poster) {
        const l = p.tekst ? laesResultatTekst(p.data as string, p.kilde, ref ?? undefined) : kontrollerResultat(p.data, p.kilde, ref ?? undefined);
        if (!l.ok) {
          fejl.push(l.fejl);
          continue;
        }
        ref ??= l.resultat.scenarie;
        const findes = r.findIndex((x) => x.deltager === l.resultat.deltager);
        if (findes >= 0) {
          ok.push(T.erstattet(l.resultat.deltager));
          r = r.map((x, i) => (i === findes ? l.resultat : x));
        } else r = [...r, l.resultat];
      }
      gem(r, ref);
      return { ok, fejl };
    },
    [gem],
  );

  useEffect(() => {
    (async () => {
      const k = await hentKontrol();
      kontrolRef.current = k;
      const { valider } = k;
      const g = laesGemt(k);
      tilstandRef.current = { resultater: g.resultater, reference: g.reference };
      setResultater(g.resultater);
      setReference(g.reference);
      const t = fragmentParameter(window.location.hash, FRAGMENT.tilbud);
      const r = fragmentParameter(window.location.hash, FRAGMENT.resultat);
      const fejl: string[] = [];
      let ok: string[] = [];
      let ref: Scenarie | undefined;
      if (t) {
        const d = await udpakFragment(t);
        const v = d === null ? null : valider(d, T.tilbudLink);
        if (!v || !v.ok) fejl.push(T.oedelagtLink(T.tilbudLink));
        else ref = v.scenarie;
      }
      const poster: { data: unknown; kilde: string }[] = [];
      if (r) {
        const d = await udpakFragment(r);
        if (d === null) fejl.push(T.oedelagtLink(T.linkAdresse));
        else poster.push({ data: d, kilde: T.linkAdresse });
      }
      if (ref || poster.length > 0) {
        const b = tilfoej(poster, ref);
        ok = b.ok;
        fejl.push(...b.fejl);
      }
      setBeskeder({ ok, fejl });
      setKlar(true);
    })();
  }, [tilfoej]);

  async function laesLinks(e: Event) {
    e.preventDefault();
    const linjer = links.split(/\s+/).filter((x) => x !== '');
    const poster: { data: unknown; kilde: string }[] = [];
    const fejl: string[] = [];
    for (const [i, linje] of linjer.entries()) {
      const kilde = T.linkNr(i + 1);
      const r = fragmentParameter(linje, FRAGMENT.resultat);
      const d = r ? await udpakFragment(r) : null;
      if (d === null) fejl.push(T.oedelagtLink(kilde));
      else poster.push({ data: d, kilde });
    }
    const b = tilfoej(poster);
    setBeskeder({ ok: b.ok, fejl: [...fejl, ...b.fejl] });
    if (b.fejl.length === 0 && fejl.length === 0) setLinks('');
  }

  async function laesFiler(filer: FileList | File[]) {
    const poster: { data: unknown; kilde: string; tekst: boolean }[] = [];
    for (const f of Array.from(filer)) poster.push({ data: await f.text(), kilde: f.name, tekst: true });
    setBeskeder(tilfoej(poster));
  }

  const s = reference ?? resultater[0]?.scenarie ?? null;
  const samlet = useMemo(() => (s && resultater.length > 0 ? sammenlign(s, resultater) : null), [s, resultater]);

  if (!klar)
    return (
      <p class="oevelse" data-klar="nej">
        {T.kraeverJs}
      </p>
    );

  const uenige = s && samlet ? s.personer.filter((_p, i) => Object.values(samlet.personer[i].fordeling).filter((n) => n > 0).length > 1) : [];

  return (
    <div class="oevelse kalibrering">
      <section class="ikke-print" aria-labelledby="kalibrering-tilfoej">
        <h3 id="kalibrering-tilfoej">{T.tilfoejOverskrift}</h3>
        <form onSubmit={laesLinks}>
          <p class="felt">
            <label htmlFor="kalibrering-links">{T.links}</label>
            <textarea id="kalibrering-links" rows={3} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
          </p>
          <button type="submit" class="knap">
            {T.tilfoejLinks}
          </button>
        </form>
        <div
          class={`slip-felt${traekker ? ' aktiv' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setTraekker(true);
          }}
          onDragLeave={() => setTraekker(false)}
          onDrop={(e) => {
            e.preventDefault();
            setTraekker(false);
            if (e.dataTransfer?.files) void laesFiler(e.dataTransfer.files);
          }}
        >
          <p class="felt">
            <label htmlFor="kalibrering-filer">{T.filer}</label>
            <input
              id="kalibrering-filer"
              type="file"
              accept=".json,application/json"
              multiple
              onChange={(e) => {
                const felt = e.currentTarget;
                if (felt.files) void laesFiler(felt.files).then(() => (felt.value = ''));
              }}
            />
          </p>
          <p class="hjaelp">{T.slip}</p>
        </div>
        <div aria-live="polite" class="kalibrering-beskeder">
          {beskeder.fejl.length > 0 && (
            <div class="fejlliste">
              <Fejlliste overskrift={T.afvist} fejl={beskeder.fejl} />
            </div>
          )}
          {beskeder.ok.map((b, i) => (
            <p key={i}>{b}</p>
          ))}
          <p>{T.lagtInd(resultater.length)}</p>
        </div>
      </section>

      {s && <p>{T.tilbud(s.navn, s.personer.length)}</p>}
      {!s || !samlet ? (
        <p>{T.ingen}</p>
      ) : (
        <>
          <Tabel titel={T.tabel} klasse="kalibrering-tabel" kolonner={[T.person, ...resultater.map((r) => r.deltager), T.enighed]}>
            {s.personer.map((p, i) => (
              <tr key={p.id} class={samlet.personer[i].enighed !== null && samlet.personer[i].enighed! < 1 ? 'uenig' : undefined}>
                <th scope="row">{p.navn}</th>
                {resultater.map((r) => (
                  <td key={r.deltager}>
                    {udfaldTekst(r.svar[p.id])}
                    {r.begrundelser?.[p.id] && <span class="begrundelse"> – »{r.begrundelser[p.id]}«</span>}
                  </td>
                ))}
                <td>{andelTekst(samlet.personer[i].enighed)}</td>
              </tr>
            ))}
          </Tabel>
          <p class="hjaelp">{T.enighedHjaelp}</p>

          <h3>{T.kappa}</h3>
          <p class="kappa">
            <strong>
              {T.kappa}:{' '}
              {samlet.fleissKappa === null
                ? 'kan ikke beregnes'
                : samlet.fleissKappa.toLocaleString('da-DK', { maximumFractionDigits: 2, minimumFractionDigits: 2 })}
            </strong>
            . {kappaIOrd(samlet.kappa)}
          </p>
          <p class="hjaelp">{T.kappaHjaelp}</p>

          <h3>{T.scorer}</h3>
          <Tabel titel={T.scorer} kolonner={[T.score, T.antal, T.hvem]}>
            {(['1', '2', '3', '4', '5', null] as const).map((sc) => {
              const hvem = resultater.filter((r) => (sc === null ? r.score === null : String(r.score) === sc));
              return (
                <tr key={String(sc)}>
                  <th scope="row">{sc ?? T.ingenScore}</th>
                  <td>{hvem.length}</td>
                  <td>{hvem.map((r) => r.deltager).join(', ')}</td>
                </tr>
              );
            })}
          </Tabel>

          <h3>{T.uenige}</h3>
          {uenige.length === 0 ? (
            <p>{T.enige}</p>
          ) : (
            <ol class="kalibrering-uenige">
              {uenige.map((p) => {
                const v = vurderPerson(p, s.tilbudstype);
                return (
                  <li key={p.id}>
                    <h4>{p.navn}</h4>
                    <PersonKort person={p} visNavn={false} />
                    <p>{T.sitetsSvar(udfaldTekst(v.udfald))}</p>
                    <RegelForklaring regel={v.regel} />
                    <ul>
                      {UDFALD_VAERDIER.map((u: Udfald) => {
                        const hvem = resultater.filter((r) => r.svar[p.id] === u);
                        if (hvem.length === 0) return null;
                        const b = bedoemUdfald(p, s.tilbudstype, u);
                        const grund =
                          b.status === 'rigtigt'
                            ? T.rigtigt
                            : b.status === 'forsvarligt' && b.anden?.laesning && b.anden.valg
                              ? `${T.forsvarligt(laesning(b.anden.laesning).titel, valg(b.anden.laesning, b.anden.valg).navn)}.`
                              : b.status === 'uafklaret'
                                ? T.uafklaret
                                : T.forkert;
                        return (
                          <li key={u}>
                            <strong>{T.svarGivet(udfaldTekst(u), hvem.length, hvem.map((r) => r.deltager).join(', '))}</strong>: {grund}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
            </ol>
          )}

          <div class="knapper ikke-print">
            <button
              type="button"
              class="knap"
              onClick={() => hentFil('kalibrering.csv', `\uFEFF${tilCsv(s, resultater, samlet, udfaldTekst)}`, 'text/csv;charset=utf-8')}
            >
              {T.csv}
            </button>
            <button type="button" class="knap" onClick={() => window.print()}>
              {T.udskriv}
            </button>
          </div>
          <h3 class="ikke-print">{T.deltager}</h3>
          <ul class="ikke-print kalibrering-deltagere">
            {resultater.map((r) => (
              <li key={r.deltager}>
                {r.deltager}{' '}
                <button
                  type="button"
                  class="knap"
                  onClick={() =>
                    gem(
                      resultater.filter((x) => x !== r),
                      reference,
                    )
                  }
                >
                  {T.fjern(r.deltager)}
                </button>
              </li>
            ))}
          </ul>
          <div class="knapper ikke-print">
            <button
              type="button"
              class="knap"
              onClick={() => {
                gem([], reference);
                setBeskeder({ ok: [], fejl: [] });
              }}
            >
              {T.fjernAlle}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
