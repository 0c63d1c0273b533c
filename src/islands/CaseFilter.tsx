/**
 * Casesamlingens filtre: tilbudstype, potentiale, metodefamilie og metode. Serverrenderet viser
 * komponenten hele listen uden filtre (siden virker uden JavaScript); efter hydrering vises filtrene,
 * og listen filtreres i browseren. Filtrene står i adressen, og antallet af viste cases meddeles i en
 * aria-live-region. Sitets læsninger (en historisk tilbudstype læst som dagens, et potentiale, VIVE ikke
 * selv har placeret casen under) vises og meddeles som sitets læsning.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaseKort, MetodefamilieKort } from '../utils/cases.ts';
import { href, medBase } from '../utils/stier.ts';

interface Props {
  cases: CaseKort[];
  familier: MetodefamilieKort[];
}

const ALLE = '';

function unikke<T>(vaerdier: T[], noegle: (v: T) => string, navn: (v: T) => string) {
  const m = new Map<string, string>();
  for (const v of vaerdier) m.set(noegle(v), navn(v));
  return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
}

/** Hvordan casen passer til tilbudstypen: direkte, efter sitets læsning eller slet ikke. */
function tilbudsMatch(c: CaseKort, t: string): 'direkte' | 'laesning' | undefined {
  if (!t || c.tilbudstype === t) return 'direkte';
  return c.tilbudstypeLaesninger.some((l) => l.id === t) ? 'laesning' : undefined;
}

function potentialeMatch(c: CaseKort, p: string): 'vive' | 'sitet' | undefined {
  if (!p) return 'vive';
  return c.potentialer.find((x) => x.id === p)?.af;
}

/** Et filter: etiket om en rulleliste, hvis første valg er "alle" (ALLE). */
function Filter({
  etiket,
  alle,
  value,
  valg,
  onChange,
}: {
  etiket: string;
  alle: string;
  value: string;
  valg: [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {etiket}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value={ALLE}>{alle}</option>
        {valg.map(([id, navn]) => (
          <option key={id} value={id}>
            {navn}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function CaseFilter({ cases, familier }: Props) {
  const [klar, setKlar] = useState(false);
  const [tilbudstype, setTilbudstype] = useState(ALLE);
  const [potentiale, setPotentiale] = useState(ALLE);
  const [familie, setFamilie] = useState(ALLE);
  const [metode, setMetode] = useState(ALLE);
  const [adresseFejl, setAdresseFejl] = useState<string[]>([]);

  const tilbudstyper = useMemo(
    () =>
      unikke(
        [
          ...cases.map((c) => [c.tilbudstype, c.tilbudstypeNavn] as const),
          ...cases.flatMap((c) => c.tilbudstypeLaesninger.map((l) => [l.id, l.navn] as const)),
        ],
        (x) => x[0],
        (x) => x[1],
      ),
    [cases],
  );
  const potentialer = useMemo(
    () =>
      unikke(
        cases.flatMap((c) => c.potentialer),
        (p) => p.id,
        (p) => p.navn,
      ),
    [cases],
  );
  const brugteMetoder = useMemo(() => new Set(cases.flatMap((c) => c.metoder)), [cases]);
  const brugteFamilier = useMemo(() => familier.filter((f) => f.metoder.some((m) => brugteMetoder.has(m))), [familier, brugteMetoder]);
  // Tilbudstyper, hvor sitet også viser historiske typer: til forklaringen under filtrene.
  const laesninger = useMemo(
    () =>
      unikke(
        cases.flatMap((c) => c.tilbudstypeLaesninger.map((l) => ({ ...l, fra: c.tilbudstypeNavn }))),
        (l) => `${l.fra}→${l.id}`,
        (l) => `${l.fra} under ${l.navn}`,
      ),
    [cases],
  );

  useEffect(() => {
    // Filtre fra adressen: kun kendte værdier bruges; ukendte ignoreres med en dansk besked.
    const p = new URLSearchParams(location.search);
    const fejl: string[] = [];
    const hent = (noegle: string, navn: string, gyldige: Set<string>, saet: (v: string) => void) => {
      const v = p.get(noegle);
      if (v === null || v === '') return;
      if (gyldige.has(v)) saet(v);
      else fejl.push(`${navn} »${v}« i adressen findes ikke i casesamlingen og er ignoreret.`);
    };
    hent('tilbud', 'Tilbudstypen', new Set(tilbudstyper.map(([id]) => id)), setTilbudstype);
    hent('potentiale', 'Potentialet', new Set(potentialer.map(([id]) => id)), setPotentiale);
    hent('metodefamilie', 'Metodefamilien', new Set(brugteFamilier.map((f) => f.id)), setFamilie);
    hent('metode', 'Metoden', brugteMetoder, setMetode);
    setAdresseFejl(fejl);
    setKlar(true);
  }, [tilbudstyper, potentialer, brugteFamilier, brugteMetoder]);

  useEffect(() => {
    if (!klar) return;
    const p = new URLSearchParams();
    if (tilbudstype) p.set('tilbud', tilbudstype);
    if (potentiale) p.set('potentiale', potentiale);
    if (familie) p.set('metodefamilie', familie);
    if (metode) p.set('metode', metode);
    const q = p.toString();
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
  }, [klar, tilbudstype, potentiale, familie, metode]);

  const valgtFamilie = familier.find((f) => f.id === familie);
  const viste = cases.filter(
    (c) =>
      tilbudsMatch(c, tilbudstype) &&
      potentialeMatch(c, potentiale) &&
      (!valgtFamilie || c.metodefamilier.includes(valgtFamilie.id)) &&
      (!metode || c.metoder.includes(metode)),
  );
  const filtreret = Boolean(tilbudstype || potentiale || familie || metode);
  const viaTilbudsLaesning = viste.filter((c) => tilbudsMatch(c, tilbudstype) === 'laesning').length;
  const viaPotentialeLaesning = viste.filter((c) => potentialeMatch(c, potentiale) === 'sitet').length;
  const status = filtreret
    ? [
        `Viser ${viste.length} af ${cases.length} cases.`,
        viaTilbudsLaesning > 0 && `${viaTilbudsLaesning} af dem har en historisk tilbudstype, som sitet læser som den valgte.`,
        viaPotentialeLaesning > 0 && `${viaPotentialeLaesning} af dem er placeret under potentialet efter sitets læsning, ikke af VIVE.`,
      ]
        .filter(Boolean)
        .join(' ')
    : `${cases.length} cases i alt.`;

  return (
    <div class="case-filter">
      {klar && (
        <form class="filtre" aria-labelledby="case-filter-overskrift" aria-describedby="case-filter-note" onSubmit={(e) => e.preventDefault()}>
          <h2 id="case-filter-overskrift">Filtrér casene</h2>
          <div class="felter">
            <Filter etiket="Tilbudstype" alle="Alle tilbudstyper" value={tilbudstype} valg={tilbudstyper} onChange={setTilbudstype} />
            <Filter etiket="Potentiale" alle="Alle potentialer" value={potentiale} valg={potentialer} onChange={setPotentiale} />
            <Filter
              etiket="Metodefamilie"
              alle="Alle metodefamilier"
              value={familie}
              valg={brugteFamilier.map((f) => [f.id, f.navn])}
              onChange={(ny) => {
                setFamilie(ny);
                const f = familier.find((x) => x.id === ny);
                if (f && metode && !f.metoder.includes(metode)) setMetode(ALLE);
              }}
            />
            <label>
              Metode (kildens navn)
              <select value={metode} onChange={(e) => setMetode(e.currentTarget.value)}>
                <option value={ALLE}>{valgtFamilie ? `Alle i ${valgtFamilie.navn.toLowerCase()}` : 'Alle metoder'}</option>
                {(valgtFamilie ? [valgtFamilie] : brugteFamilier).map((f) => (
                  <optgroup label={f.navn}>
                    {f.metoder
                      .filter((m) => brugteMetoder.has(m))
                      .sort((a, b) => a.localeCompare(b, 'da'))
                      .map((m) => (
                        <option value={m}>{m}</option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </label>
          </div>
          <div id="case-filter-note" class="filter-note">
            <p>
              Potentialerne er de tre, VIVE 2021 beskriver. VIVE placerer selv sine fem cases; står der »sitets læsning« ved et potentiale, er det sitet, der
              har placeret casen der.
            </p>
            {laesninger.length > 0 && (
              <p>Sitets læsning af gamle og nye paragraffer: {laesninger.map(([, tekst]) => tekst).join('; ')}. Casen vises under begge og er mærket.</p>
            )}
            <p>Metodefamilierne er sitets gruppering; metoderne står med kildernes egne navne.</p>
          </div>
          {filtreret && (
            <button
              type="button"
              onClick={() => {
                setTilbudstype(ALLE);
                setPotentiale(ALLE);
                setFamilie(ALLE);
                setMetode(ALLE);
              }}
            >
              Nulstil filtre
            </button>
          )}
        </form>
      )}
      {adresseFejl.length > 0 && (
        <div class="adresse-fejl" role="alert">
          {adresseFejl.map((f) => (
            <p key={f}>{f}</p>
          ))}
        </div>
      )}
      <p class="antal" role="status" aria-live="polite">
        {status}
      </p>
      <ul class="case-liste">
        {viste.map((c) => (
          <li key={c.href}>
            <h3>
              <a href={medBase(c.href)}>{c.titel}</a>
            </h3>
            <p>{c.beskrivelse}</p>
            <dl>
              <dt>Tilbud</dt>
              <dd>
                {c.tilbudstypeNavn} – {c.lovgrundlag}
                {c.tilbudstypeLaesninger.map((l) => (
                  <span class="sitets-laesning">
                    {' '}
                    Sitets læsning: svarer i dag til {l.navn} (<a href={href.lovPostAfsnit(l.lovpost, 'gammelt-og-nyt-nummer')}>gammelt og nyt nummer</a>).
                  </span>
                ))}
              </dd>
              <dt>Målgruppe</dt>
              <dd>{c.maalgruppe}</dd>
              {c.potentialer.length > 0 && (
                <>
                  <dt>Potentialer</dt>
                  <dd>{c.potentialer.map((p) => `${p.navn} (${p.af === 'vive' ? 'VIVE placerer casen her' : 'sitets læsning'})`).join(', ')}</dd>
                </>
              )}
              {c.metoder.length > 0 && (
                <>
                  <dt>Metoder</dt>
                  <dd>
                    {familier
                      .filter((f) => c.metodefamilier.includes(f.id))
                      .map((f) => `${f.navn}: ${c.metoder.filter((m) => f.metoder.includes(m)).join(', ')}`)
                      .join('. ')}
                  </dd>
                </>
              )}
              <dt>Kilde</dt>
              <dd>{c.kilde === 'vive-2021' ? 'VIVE 2021' : 'Brugerundersøgelsen (ca. 2006)'}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {viste.length === 0 && <p>Ingen cases passer til filtrene. Vælg færre filtre.</p>}
    </div>
  );
}
