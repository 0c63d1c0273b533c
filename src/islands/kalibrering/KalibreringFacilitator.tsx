/**
 * Den, der leder en kalibrering, vælger et eksempel eller bygger et tilbud person for person (med en
 * beskrivelse af hver person; deltagerne ser kun beskrivelserne, ikke kategorierne) og får et link
 * til deltagerne. Tilbuddet ligger komprimeret i linkets fragment; intet sendes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { TILBUDSTYPE_NAVNE, TILBUDSTYPER, gaelderFor, type Scenarie } from '../../domain/indikator1b/index.ts';
import { listeTilScenarie, naesteId, nyRaekke, pakFragment, skiftRolle, tomTilstand, type Raekke } from '../../domain/indikator1b/beregner.ts';
import { FRAGMENT, fragment } from '../../utils/fragment.ts';
import { DELTAG_STI, SAMMENLIGN_STI, absolut } from './adresser.ts';
import KategoriValg from '../../ui/KategoriValg.tsx';
import KopierLink from '../../ui/KopierLink.tsx';
import { PERSON_FELTER, PERSON_VALG } from '../../ui/tekster.ts';
import { FejlListe, TekstFelt, ValgFelt } from './Felter.tsx';
import '../../styles/oevelser.css';

const T = {
  kraeverJs: 'Kalibreringen kræver JavaScript.',
  kilde: 'Hvilket tilbud skal deltagerne bedømme?',
  eksempel: 'Et af sitets eksempler',
  byg: 'Et tilbud, jeg bygger selv',
  vaelgEksempel: 'Eksempel',
  navn: 'Tilbuddets navn',
  navnHjaelp: 'Brug et fiktivt eller anonymiseret navn.',
  tilbudstype: 'Tilbudstype',
  personer: 'Personerne',
  personerHjaelp:
    'Skriv kun initialer for hver person (højst fire bogstaver) – aldrig navne eller CPR-numre. Beskrivelsen er det, deltagerne ser; det, du krydser af under „Hvad personen er i“, ser kun du; det bruges til at vise reglen på sammenligningssiden.',
  person: (n: number) => `Person ${n}`,
  ...PERSON_FELTER,
  beskrivelse: 'Beskrivelse, som deltagerne ser',
  kategori: 'Hvad personen er i (kun for dig; vælg alt, der passer, eller intet)',
  tilfoej: 'Tilføj en person',
  fjern: (n: number) => `Fjern person ${n}`,
  lav: 'Lav deltagerlinket',
  fejlOverskrift: 'Ret disse ting først:',
  mangler: (n: number, hvad: string) => `Person ${n}: ${hvad}`,
  manglerBeskrivelse: 'skriv en beskrivelse, som deltagerne kan bedømme ud fra.',
  ingenPersoner: 'Tilføj mindst to personer.',
  gaelderIkke: 'Indikator 1.b gælder ikke for denne tilbudstype. Vælg en anden.',
  linkOverskrift: 'Links til kalibreringen',
  deltagLink: 'Link til deltagerne',
  deltagHjaelp: (n: number) => `Send linket til deltagerne. Tilbuddet (${n} personer) ligger i selve linket; intet gemmes på en server.`,
  sammenlign: 'Link til sammenligningen (til dig)',
  sammenlignHjaelp: 'Åbn linket, når deltagerne har sendt deres resultater. Resultater for et andet tilbud bliver afvist.',
  laengde: (n: number) => `Deltagerlinket er ${n.toLocaleString('da-DK')} tegn langt.`,
  langt: 'Linket er langt. Nogle mailprogrammer knækker lange links; send det eventuelt i en chat eller som tekst.',
} as const;

interface Raekke2 extends Raekke {
  beskrivelse: string;
}

interface Props {
  eksempler: { id: string; data: Scenarie }[];
}

export default function KalibreringFacilitator({ eksempler }: Props) {
  const [klar, setKlar] = useState(false);
  const [kilde, setKilde] = useState<'eksempel' | 'byg'>('eksempel');
  const [eksempelId, setEksempelId] = useState(eksempler.find((e) => gaelderFor(e.data.tilbudstype))?.id ?? '');
  const [navn, setNavn] = useState('');
  const [tilbudstype, setTilbudstype] = useState('sel-108');
  const [raekker, setRaekker] = useState<Raekke2[]>([{ ...nyRaekke('p1'), beskrivelse: '' }]);
  const [fejl, setFejl] = useState<string[]>([]);
  const [links, setLinks] = useState<{ deltag: string; sammenlign: string; personer: number } | null>(null);
  const fejlRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLHeadingElement>(null);
  const [fokus, setFokus] = useState<{ maal: 'fejl' | 'link' | string | null; n: number }>({ maal: null, n: 0 });

  useEffect(() => setKlar(true), []);
  useEffect(() => {
    if (fokus.maal === 'fejl') fejlRef.current?.focus();
    else if (fokus.maal === 'link') linkRef.current?.focus();
    else if (fokus.maal) document.getElementById(fokus.maal)?.focus();
  }, [fokus]);

  if (!klar) return <p class="oevelse">{T.kraeverJs}</p>;

  const saet = (id: string, d: Partial<Raekke2>) => {
    setRaekker((rs) => rs.map((r) => (r.id === id ? { ...r, ...d } : r)));
    setLinks(null);
  };

  async function lav(e: Event) {
    e.preventDefault();
    let scenarie: Scenarie;
    const problemer: string[] = [];
    if (kilde === 'eksempel') {
      const ex = eksempler.find((x) => x.id === eksempelId);
      if (!ex) return;
      scenarie = ex.data;
    } else {
      const { scenarie: s, fejl: f } = listeTilScenarie({ ...tomTilstand(), navn, tilbudstype, personer: raekker });
      problemer.push(...f.map((x) => x.besked));
      raekker.forEach((r, i) => {
        if (r.beskrivelse.trim() === '') problemer.push(T.mangler(i + 1, T.manglerBeskrivelse));
      });
      if (raekker.length < 2) problemer.push(T.ingenPersoner);
      if (!gaelderFor(tilbudstype)) problemer.push(T.gaelderIkke);
      scenarie = {
        ...s,
        personer: s.personer.map((p, i) => ({ ...p, beskrivelse: raekker[i].beskrivelse.trim() || undefined })),
      };
      if (problemer.length === 0) {
        const { valider } = await import('../../schemas/scenarie.ts');
        const v = valider(JSON.parse(JSON.stringify(scenarie)), 'tilbuddet');
        if (!v.ok) problemer.push(...v.fejl);
        else scenarie = v.scenarie;
      }
    }
    setFejl(problemer);
    if (problemer.length > 0) {
      setLinks(null);
      setFokus((f) => ({ maal: 'fejl', n: f.n + 1 }));
      return;
    }
    const t = await pakFragment(scenarie);
    setLinks({
      deltag: absolut(DELTAG_STI + fragment(FRAGMENT.tilbud, t)),
      sammenlign: absolut(SAMMENLIGN_STI + fragment(FRAGMENT.tilbud, t)),
      personer: scenarie.personer.length,
    });
    setFokus((f) => ({ maal: 'link', n: f.n + 1 }));
  }

  return (
    <div class="oevelse kalibrering">
      <form onSubmit={lav} noValidate>
        <fieldset>
          <legend>{T.kilde}</legend>
          {(['eksempel', 'byg'] as const).map((k) => (
            <label class="valg" key={k}>
              <input
                type="radio"
                name="kalibrering-kilde"
                value={k}
                checked={kilde === k}
                onChange={() => {
                  setKilde(k);
                  setLinks(null);
                }}
              />
              <span>{k === 'eksempel' ? T.eksempel : T.byg}</span>
            </label>
          ))}
        </fieldset>
        {kilde === 'eksempel' ? (
          <ValgFelt
            id="kalibrering-eksempel"
            etiket={T.vaelgEksempel}
            value={eksempelId}
            valg={eksempler.filter((x) => gaelderFor(x.data.tilbudstype)).map((x) => [x.id, `${x.data.navn} (${x.data.personer.length} personer)`] as const)}
            onChange={(v) => {
              setEksempelId(v);
              setLinks(null);
            }}
          />
        ) : (
          <>
            <TekstFelt
              id="kalibrering-navn"
              etiket={T.navn}
              hjaelp={T.navnHjaelp}
              value={navn}
              onInput={(v) => {
                setNavn(v);
                setLinks(null);
              }}
            />
            <ValgFelt
              id="kalibrering-type"
              etiket={T.tilbudstype}
              value={tilbudstype}
              valg={TILBUDSTYPER.map((t) => [t, TILBUDSTYPE_NAVNE[t]] as const)}
              onChange={(v) => {
                setTilbudstype(v);
                setLinks(null);
              }}
            />
            <h3>{T.personer}</h3>
            <p class="hjaelp">{T.personerHjaelp}</p>
            <ol class="kalibrering-personer">
              {raekker.map((r, i) => {
                const iNoget = r.kategorier.length > 0;
                const kunEgen = r.kategorier.every((k) => k === 'egen-aktivitet');
                return (
                  <li key={r.id}>
                    <fieldset>
                      <legend>{T.person(i + 1)}</legend>
                      <TekstFelt
                        id={`${r.id}-initialer`}
                        etiket={T.initialer}
                        autoComplete="off"
                        maxLength={12}
                        value={r.initialer}
                        onInput={(v) => saet(r.id, { initialer: v })}
                      />
                      <ValgFelt
                        id={`${r.id}-rolle`}
                        etiket={T.rolle}
                        value={r.rolle}
                        valg={PERSON_VALG.roller}
                        onChange={(v) => saet(r.id, skiftRolle(r, v || 'borger'))}
                      />
                      <TekstFelt id={`${r.id}-alder`} etiket={T.alder} inputMode="numeric" value={r.alder} onInput={(v) => saet(r.id, { alder: v })} />
                      {r.rolle === 'borger' && (
                        <ValgFelt
                          id={`${r.id}-pension`}
                          etiket={T.pension}
                          value={r.pension}
                          tom={T.ingenPension}
                          valg={PERSON_VALG.pensioner}
                          onChange={(v) => saet(r.id, { pension: v })}
                        />
                      )}
                      <p class="felt">
                        <label htmlFor={`${r.id}-beskrivelse`}>{T.beskrivelse}</label>
                        <textarea
                          id={`${r.id}-beskrivelse`}
                          rows={3}
                          value={r.beskrivelse}
                          onInput={(e) => saet(r.id, { beskrivelse: e.currentTarget.value })}
                        />
                      </p>
                      <KategoriValg etiket={T.kategori} rolle={r.rolle} valgte={r.kategorier} onChange={(k) => saet(r.id, { kategorier: k })} />
                      {r.kategorier.includes('andet-saerligt-tilbud') && (
                        <TekstFelt id={`${r.id}-hjemmel`} etiket={T.hjemmel} value={r.hjemmel} onInput={(v) => saet(r.id, { hjemmel: v })} />
                      )}
                      {iNoget && !kunEgen && (
                        <>
                          <ValgFelt
                            id={`${r.id}-fravaer`}
                            etiket={T.fravaer}
                            value={r.fravaer}
                            tom={T.ingenFravaer}
                            valg={PERSON_VALG.fravaer}
                            onChange={(v) => saet(r.id, { fravaer: v })}
                          />
                          {r.fravaer !== '' && (
                            <label class="valg">
                              <input type="checkbox" checked={r.kanVendeTilbage} onChange={(e) => saet(r.id, { kanVendeTilbage: e.currentTarget.checked })} />
                              <span>{T.kanVende}</span>
                            </label>
                          )}
                        </>
                      )}
                      {raekker.length > 1 && (
                        <button
                          type="button"
                          class="knap"
                          onClick={() => {
                            const naeste = raekker[i + 1] ?? raekker[i - 1];
                            setRaekker((rs) => rs.filter((x) => x.id !== r.id));
                            setLinks(null);
                            setFokus((f) => ({ maal: `${naeste.id}-initialer`, n: f.n + 1 }));
                          }}
                        >
                          {T.fjern(i + 1)}
                        </button>
                      )}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              class="knap"
              onClick={() => {
                const id = naesteId(raekker);
                setRaekker((rs) => [...rs, { ...nyRaekke(id), beskrivelse: '' }]);
                setLinks(null);
                setFokus((f) => ({ maal: `${id}-initialer`, n: f.n + 1 }));
              }}
            >
              {T.tilfoej}
            </button>
          </>
        )}
        <FejlListe overskrift={T.fejlOverskrift} fejl={fejl.map((besked) => ({ besked }))} fokusRef={fejlRef} />
        <div class="knapper">
          <button type="submit" class="knap primaer">
            {T.lav}
          </button>
        </div>
      </form>
      {links && (
        <section class="kalibrering-links" aria-labelledby="kalibrering-links">
          <h3 id="kalibrering-links" ref={linkRef} tabIndex={-1}>
            {T.linkOverskrift}
          </h3>
          <KopierLink etiket={T.deltagLink} href={links.deltag} hjaelp={T.deltagHjaelp(links.personer)} />
          <p class="hjaelp">
            {T.laengde(links.deltag.length)} {links.deltag.length > 2000 && T.langt}
          </p>
          <KopierLink etiket={T.sammenlign} href={links.sammenlign} hjaelp={T.sammenlignHjaelp} />
          <p>
            <a href={links.sammenlign}>Åbn sammenligningen</a>
          </p>
        </section>
      )}
    </div>
  );
}
