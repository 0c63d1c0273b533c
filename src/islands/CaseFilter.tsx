/**
 * Casesamlingens filtre: tilbudstype, potentiale og metode. Serverrenderet viser komponenten hele
 * listen uden filtre (siden virker uden JavaScript); efter hydrering vises filtrene, og listen
 * filtreres i browseren. Antallet af viste cases meddeles i en aria-live-region.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaseKort } from '../utils/cases.ts';
import { medBase } from '../utils/stier.ts';

interface Props {
  cases: CaseKort[];
}

const ALLE = '';

function unikke<T>(vaerdier: T[], noegle: (v: T) => string, navn: (v: T) => string) {
  const m = new Map<string, string>();
  for (const v of vaerdier) m.set(noegle(v), navn(v));
  return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
}

export default function CaseFilter({ cases }: Props) {
  const [klar, setKlar] = useState(false);
  const [tilbudstype, setTilbudstype] = useState(ALLE);
  const [potentiale, setPotentiale] = useState(ALLE);
  const [metode, setMetode] = useState(ALLE);
  const [adresseFejl, setAdresseFejl] = useState<string[]>([]);

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
    hent('tilbud', 'Tilbudstypen', new Set(cases.map((c) => c.tilbudstype)), setTilbudstype);
    hent('potentiale', 'Potentialet', new Set(cases.flatMap((c) => c.potentialer.map((x) => x.id))), setPotentiale);
    hent('metode', 'Metoden', new Set(cases.flatMap((c) => c.metoder)), setMetode);
    setAdresseFejl(fejl);
    setKlar(true);
  }, [cases]);

  useEffect(() => {
    if (!klar) return;
    const p = new URLSearchParams();
    if (tilbudstype) p.set('tilbud', tilbudstype);
    if (potentiale) p.set('potentiale', potentiale);
    if (metode) p.set('metode', metode);
    const q = p.toString();
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
  }, [klar, tilbudstype, potentiale, metode]);

  const tilbudstyper = useMemo(() => unikke(cases, (c) => c.tilbudstype, (c) => c.tilbudstypeNavn), [cases]);
  const potentialer = useMemo(() => unikke(cases.flatMap((c) => c.potentialer), (p) => p.id, (p) => p.navn), [cases]);
  const metoder = useMemo(() => unikke(cases.flatMap((c) => c.metoder), (m) => m, (m) => m), [cases]);

  const viste = cases.filter(
    (c) =>
      (!tilbudstype || c.tilbudstype === tilbudstype) &&
      (!potentiale || c.potentialer.some((p) => p.id === potentiale)) &&
      (!metode || c.metoder.includes(metode)),
  );
  const filtreret = Boolean(tilbudstype || potentiale || metode);

  return (
    <div class="case-filter">
      {klar && (
        <form class="filtre" aria-labelledby="case-filter-overskrift" onSubmit={(e) => e.preventDefault()}>
          <h2 id="case-filter-overskrift">Filtrér casene</h2>
          <div class="felter">
            <label>
              Tilbudstype
              <select value={tilbudstype} onChange={(e) => setTilbudstype(e.currentTarget.value)}>
                <option value={ALLE}>Alle tilbudstyper</option>
                {tilbudstyper.map(([id, navn]) => (
                  <option value={id}>{navn}</option>
                ))}
              </select>
            </label>
            <label>
              Potentiale (VIVE)
              <select value={potentiale} onChange={(e) => setPotentiale(e.currentTarget.value)}>
                <option value={ALLE}>Alle potentialer</option>
                {potentialer.map(([id, navn]) => (
                  <option value={id}>{navn}</option>
                ))}
              </select>
            </label>
            <label>
              Metode
              <select value={metode} onChange={(e) => setMetode(e.currentTarget.value)}>
                <option value={ALLE}>Alle metoder</option>
                {metoder.map(([id, navn]) => (
                  <option value={id}>{navn}</option>
                ))}
              </select>
            </label>
          </div>
          {filtreret && (
            <button
              type="button"
              onClick={() => {
                setTilbudstype(ALLE);
                setPotentiale(ALLE);
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
        {filtreret ? `Viser ${viste.length} af ${cases.length} cases.` : `${cases.length} cases i alt.`}
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
              </dd>
              <dt>Målgruppe</dt>
              <dd>{c.maalgruppe}</dd>
              {c.potentialer.length > 0 && (
                <>
                  <dt>Potentialer</dt>
                  <dd>{c.potentialer.map((p) => p.navn).join(', ')}</dd>
                </>
              )}
              {c.metoder.length > 0 && (
                <>
                  <dt>Metoder</dt>
                  <dd>{c.metoder.join(', ')}</dd>
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
