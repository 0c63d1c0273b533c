/**
 * "Beregn 1.b for dit tilbud": en personliste (initialer, rolle, alder, pension, hvad personen er i,
 * fravær og mulighed for at vende tilbage) eller en hurtig optælling pr. gruppe. Læsningerne kan
 * skiftes, og scoren under hver anden læsning vises. Tilstanden gemmes i browseren (versioneret) og kan
 * deles som link (i URL'ens fragment) eller som scenariefil. Intet forlader browseren.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GRUPPER, LAESNINGER, TILBUDSTYPE_NAVNE, UDFALD_NAVNE, alternativer, beregn, medLaesninger, type LaesningId } from '../domain/indikator1b/index.ts';
import {
  GEMME_NOEGLE,
  laesTilstand,
  naesteId,
  nyRaekke,
  skiftRolle,
  opgoer,
  pakFragment,
  tilScenarieFil,
  tomTilstand,
  udpakFragment,
  type BeregnerTilstand,
  type Raekke,
} from '../domain/indikator1b/beregner.ts';
import tilbudstyper from '../../content/data/tilbudstyper.json' with { type: 'json' };
import ResultatVisning from '../ui/ResultatVisning.tsx';
import KategoriValg from '../ui/KategoriValg.tsx';
import OgsaaISpil from '../ui/OgsaaISpil.tsx';
import RegelForklaring from '../ui/RegelForklaring.tsx';
import { href } from '../utils/stier.ts';
import { FRAGMENT, fragment, fragmentParameter } from '../utils/fragment.ts';
import { hentFil } from '../ui/hent-fil.ts';
import Kopier from '../ui/Kopier.tsx';
import { FAELLES, PERSON_FELTER, PERSON_VALG } from '../ui/tekster.ts';
import Valgliste from '../ui/Valgliste.tsx';
import '../styles/oevelser.css';

const T = {
  privat: 'Skriv kun initialer – aldrig navne eller CPR-numre. Alt, du skriver, bliver i din browser og gemmes kun her.',
  tilbud: 'Tilbuddet',
  navn: 'Tilbuddets navn (bruges i udkastet)',
  tilbudstype: 'Tilbudstype',
  iAlt: 'Antal borgere og medfølgende børn i alt (valgfrit tjek)',
  iAltHjaelp: 'Skriv det antal, tilbuddet oplyser. Beregneren siger til, hvis listen ikke passer.',
  maade: 'Sådan vil du tælle',
  liste: 'Person for person',
  grupper: 'Hurtigt: antal pr. gruppe',
  personer: 'Personer',
  person: (i: number, ini: string) => `Person ${i + 1}${ini.trim() ? `: ${ini.trim()}` : ''}`,
  ...PERSON_FELTER,
  iHvad: 'Hvad er personen i? (vælg alt, der passer)',
  hjemmelHjaelp: 'Fx paragraf og lov. Tæller kun, hvis tilbuddet har hjemmel i lovgivningen.',
  fjern: 'Fjern',
  tilfoej: 'Tilføj person',
  tilfoejet: (i: number) => `Person ${i} er tilføjet.`,
  fjernet: (ini: string) => `${ini || 'Personen'} er fjernet.`,
  gruppeIntro:
    'Skriv, hvor mange der er i hver gruppe. Er en person i flere ting, så tæl personen dér, hvor personen tæller med. Et andet særligt tilbud med hjemmel skal tælles i personlisten.',
  gruppeBorgere: 'Borgere',
  gruppeBoern: 'Medfølgende børn og unge',
  laesninger: 'Sitets læsninger',
  laesningerIntro: 'Hvor vejledningen ikke afgør sagen, har sitet valgt en læsning. Du kan vælge en anden; scoren og udkastet følger med.',
  standard: 'sitets standard',
  resultat: 'Resultat',
  fejl: 'Ret dette, før der kan beregnes en score:',
  status: (s: number | null) => (s === null ? 'Ingen score foreslået.' : `Foreslået score: ${s}.`),
  del: 'Del og gem',
  delIntro: 'Linket rummer hele beregningen i adressens sidste del (efter #), som din browser ikke sender til nogen server.',
  kopierLink: 'Kopiér link til beregningen',
  linkFejl: 'Linket kunne ikke kopieres automatisk. Det står i adresselinjen nu; kopiér det derfra.',
  eksporter: 'Gem som fil',
  importer: 'Hent fra fil',
  importeret: (n: number) => `Filen er hentet: ${n} ${n === 1 ? 'person' : 'personer'}.`,
  ugyldigFil: 'Filen kunne ikke bruges:',
  ikkeJson: (fil: string) => `${fil}: filen er ikke en gyldig scenariefil (ugyldig JSON).`,
  nulstil: 'Start forfra',
  nulstillet: 'Beregneren er tømt.',
  oedelagtGemt: 'Den gemte beregning i browseren kunne ikke læses og er lagt til side. Du starter med en tom beregning.',
  oedelagtLink: 'Linket kunne ikke læses – det er måske afkortet. Du ser din egen beregning i stedet.',
  fraLink: 'Beregningen er hentet fra linket.',
  vurdering: 'Vurdering',
} as const;

const TYPE_GRUPPER = [
  { gruppe: 'voksne', navn: 'Tilbud til voksne' },
  { gruppe: 'boern', navn: 'Tilbud til børn og unge' },
] as const;

interface FeltProps {
  id: string;
  etiket: string;
  value: string;
  onInput: (vaerdi: string) => void;
  /** Fejlen ved feltet; den og hjælpen er knyttet til feltet, og feltet markeres ugyldigt. */
  fejl: string | undefined;
  hjaelp?: string;
  inputMode?: 'numeric';
  size?: number;
  maxLength?: number;
}

/** Et tekstfelt med etiket, eventuel hjælp og plads til en fejl under feltet. */
function Felt({ id, etiket, value, onInput, fejl, hjaelp, inputMode, size, maxLength }: FeltProps) {
  return (
    <>
      <label htmlFor={id}>{etiket}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        size={size}
        maxLength={maxLength}
        value={value}
        aria-invalid={fejl ? 'true' : undefined}
        aria-describedby={hjaelp ? `${id}-hjaelp ${id}-fejl` : `${id}-fejl`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hjaelp && (
        <p id={`${id}-hjaelp`} class="hjaelp">
          {hjaelp}
        </p>
      )}
      <p id={`${id}-fejl`} class="felt-fejl">
        {fejl}
      </p>
    </>
  );
}

function gem(t: BeregnerTilstand) {
  try {
    localStorage.setItem(GEMME_NOEGLE, JSON.stringify(t));
  } catch {
    // Fuld eller spærret lagring: beregneren virker stadig, den huskes bare ikke.
  }
}

function hentGemt(): { tilstand: BeregnerTilstand; besked: string } {
  let raa: string | null;
  try {
    raa = localStorage.getItem(GEMME_NOEGLE);
  } catch {
    return { tilstand: tomTilstand(), besked: '' };
  }
  if (raa === null) return { tilstand: tomTilstand(), besked: '' };
  let data: unknown;
  try {
    data = JSON.parse(raa);
  } catch {
    data = null;
  }
  const t = laesTilstand(data);
  if (t) return { tilstand: t, besked: '' };
  try {
    localStorage.setItem(`${GEMME_NOEGLE}-oedelagt`, raa);
    localStorage.removeItem(GEMME_NOEGLE);
  } catch {
    // ignoreres
  }
  return { tilstand: tomTilstand(), besked: T.oedelagtGemt };
}

export default function Beregn1b() {
  const [t, setT] = useState<BeregnerTilstand>(tomTilstand);
  const [klar, setKlar] = useState(false);
  const [harGemt, setHarGemt] = useState(false);
  const [besked, setBesked] = useState('');
  const [importFejl, setImportFejl] = useState<string[]>([]);
  const fokusNaesteRef = useRef<string | null>(null);
  const filFelt = useRef<HTMLInputElement>(null);

  // Start: et link i fragmentet går forud for den gemte tilstand.
  useEffect(() => {
    const gemt = hentGemt();
    const link = fragmentParameter(window.location.hash, FRAGMENT.beregning);
    if (link !== null) {
      void udpakFragment(link).then((data) => {
        const fraLink = laesTilstand(data);
        if (fraLink) {
          setT(fraLink);
          setBesked(T.fraLink);
        } else {
          setT(gemt.tilstand);
          setBesked(T.oedelagtLink);
        }
        setKlar(true);
      });
    } else {
      setT(gemt.tilstand);
      setBesked(gemt.besked);
      setKlar(true);
    }
  }, []);

  useEffect(() => {
    if (!klar) return;
    gem(t);
    setHarGemt(true);
  }, [t, klar]);

  useLayoutEffect(() => {
    if (fokusNaesteRef.current) {
      const el = document.getElementById(fokusNaesteRef.current);
      if (el) {
        el.focus();
        fokusNaesteRef.current = null;
      }
    }
  });

  const opg = useMemo(() => opgoer(t), [t]);
  const beregnet = useMemo(() => {
    if (!opg.ok) return null;
    const r = beregn(opg.enheder, t.tilbudstype, opg.laesninger);
    return { r, alt: alternativer(opg.enheder, t.tilbudstype, opg.laesninger, r) };
  }, [opg, t.tilbudstype]);

  const laesninger = useMemo(() => medLaesninger(Object.fromEntries(Object.entries(t.laesninger).filter(([, v]) => v))), [t.laesninger]);

  const saet = (aendring: Partial<BeregnerTilstand>) => setT((f) => ({ ...f, ...aendring }));
  const saetRaekke = (id: string, aendring: Partial<Raekke>) =>
    setT((f) => ({ ...f, personer: f.personer.map((p) => (p.id === id ? { ...p, ...aendring } : p)) }));

  function tilfoej() {
    const id = naesteId(t.personer);
    fokusNaesteRef.current = `${id}-initialer`;
    setT({ ...t, personer: [...t.personer, nyRaekke(id)] });
    setBesked(T.tilfoejet(t.personer.length + 1));
  }

  function fjern(r: Raekke, i: number) {
    const personer = t.personer.filter((p) => p.id !== r.id);
    const ny = personer.length > 0 ? personer : [nyRaekke('p1')];
    fokusNaesteRef.current = `${ny[Math.min(i, ny.length - 1)].id}-initialer`;
    setT({ ...t, personer: ny });
    setBesked(T.fjernet(r.initialer.trim()));
  }

  /** Lægger beregningen i adressens fragment og giver den hele adresse til kopiering. */
  async function delLink() {
    const url = window.location.pathname + window.location.search + fragment(FRAGMENT.beregning, await pakFragment(t));
    history.replaceState(null, '', url);
    return window.location.href;
  }

  function eksporter() {
    const navn = (t.navn.trim() || 'tilbud')
      .toLowerCase()
      .replace(/[^a-z0-9æøå]+/g, '-')
      .replace(/^-|-$/g, '');
    hentFil(`indikator-1b-${navn || 'tilbud'}.json`, tilScenarieFil(t), 'application/json');
  }

  async function importer(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const fil = input.files?.[0];
    input.value = '';
    if (!fil) return;
    setImportFejl([]);
    let data: unknown;
    try {
      data = JSON.parse(await fil.text());
    } catch {
      setImportFejl([T.ikkeJson(fil.name)]);
      return;
    }
    const { fraScenarie } = await import('../domain/indikator1b/beregner-fil.ts');
    const r = fraScenarie(data, fil.name, t);
    if (!r.ok) {
      setImportFejl(r.fejl);
      return;
    }
    setT(r.tilstand);
    setBesked([T.importeret(r.tilstand.personer.length), ...r.bemaerkninger].join(' '));
  }

  function skiftLaesning(id: LaesningId, valg: string) {
    setT((f) => ({ ...f, laesninger: { ...f.laesninger, [id]: valg } }));
    document.getElementById(`laesning-${id}-${valg}`)?.focus();
  }

  const fejlFor = (felt: string) => (opg.ok ? undefined : opg.fejl.find((f) => f.felt === felt)?.besked);
  const vurderingAf = (id: string) => beregnet?.r.personer.find((p) => p.id === id);

  return (
    <div class="oevelse beregner" data-klar={harGemt ? 'ja' : 'nej'}>
      <p class="privat">
        <strong>{T.privat}</strong>
      </p>
      <p class="status" role="status" aria-live="polite">
        {besked}
      </p>

      <fieldset class="tilbud">
        <legend>{T.tilbud}</legend>
        <label htmlFor="tilbud-navn">{T.navn}</label>
        <input id="tilbud-navn" type="text" autoComplete="off" value={t.navn} maxLength={120} onInput={(e) => saet({ navn: e.currentTarget.value })} />
        <label htmlFor="tilbudstype">{T.tilbudstype}</label>
        <select id="tilbudstype" value={t.tilbudstype} onChange={(e) => saet({ tilbudstype: e.currentTarget.value })}>
          {TYPE_GRUPPER.map((g) => (
            <optgroup key={g.gruppe} label={g.navn}>
              {tilbudstyper
                .filter((x) => x.gruppe === g.gruppe)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {TILBUDSTYPE_NAVNE[x.id]}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <Felt id="i-alt" etiket={T.iAlt} hjaelp={T.iAltHjaelp} inputMode="numeric" value={t.iAlt} fejl={fejlFor('i-alt')} onInput={(v) => saet({ iAlt: v })} />
      </fieldset>

      <fieldset class="maade">
        <legend>{T.maade}</legend>
        {(['liste', 'grupper'] as const).map((m) => (
          <label key={m} class="valg">
            <input type="radio" name="maade" value={m} checked={t.tilstand === m} onChange={() => saet({ tilstand: m })} />
            {m === 'liste' ? T.liste : T.grupper}
          </label>
        ))}
      </fieldset>

      {t.tilstand === 'liste' ? (
        <section aria-labelledby="personer-overskrift">
          <h2 id="personer-overskrift">{T.personer}</h2>
          <ol class="person-liste">
            {t.personer.map((r, i) => {
              const v = vurderingAf(r.id);
              return (
                <li key={r.id}>
                  <fieldset class="person-raekke">
                    <legend>{T.person(i, r.initialer)}</legend>
                    <div class="felter">
                      <div>
                        <Felt
                          id={`${r.id}-initialer`}
                          etiket={T.initialer}
                          size={6}
                          maxLength={12}
                          value={r.initialer}
                          fejl={fejlFor(`${r.id}-initialer`)}
                          onInput={(v) => saetRaekke(r.id, { initialer: v })}
                        />
                      </div>
                      <div>
                        <Valgliste
                          id={`${r.id}-rolle`}
                          etiket={T.rolle}
                          value={r.rolle}
                          valg={PERSON_VALG.roller}
                          onChange={(v) => saetRaekke(r.id, skiftRolle(r, v || 'borger'))}
                        />
                      </div>
                      <div>
                        <Felt
                          id={`${r.id}-alder`}
                          etiket={T.alder}
                          inputMode="numeric"
                          size={4}
                          value={r.alder}
                          fejl={fejlFor(`${r.id}-alder`)}
                          onInput={(v) => saetRaekke(r.id, { alder: v })}
                        />
                      </div>
                      {r.rolle === 'borger' && (
                        <div>
                          <Valgliste
                            id={`${r.id}-pension`}
                            etiket={T.pension}
                            value={r.pension}
                            tom={T.ingenPension}
                            valg={PERSON_VALG.pensioner}
                            onChange={(v) => saetRaekke(r.id, { pension: v })}
                          />
                        </div>
                      )}
                    </div>
                    <KategoriValg etiket={T.iHvad} rolle={r.rolle} valgte={r.kategorier} onChange={(k) => saetRaekke(r.id, { kategorier: k })} />
                    {r.kategorier.includes('andet-saerligt-tilbud') && (
                      <div>
                        <Felt
                          id={`${r.id}-hjemmel`}
                          etiket={T.hjemmel}
                          hjaelp={T.hjemmelHjaelp}
                          maxLength={200}
                          value={r.hjemmel}
                          fejl={fejlFor(`${r.id}-hjemmel`)}
                          onInput={(v) => saetRaekke(r.id, { hjemmel: v })}
                        />
                      </div>
                    )}
                    <div class="felter">
                      <div>
                        <Valgliste
                          id={`${r.id}-fravaer`}
                          etiket={T.fravaer}
                          value={r.fravaer}
                          tom={T.ingenFravaer}
                          valg={PERSON_VALG.fravaer}
                          onChange={(v) => saetRaekke(r.id, { fravaer: v })}
                        />
                      </div>
                      {r.fravaer !== '' && (
                        <label class="valg">
                          <input type="checkbox" checked={r.kanVendeTilbage} onChange={(e) => saetRaekke(r.id, { kanVendeTilbage: e.currentTarget.checked })} />
                          {T.kanVende}
                        </label>
                      )}
                    </div>
                    {v && (
                      <div class="person-vurdering">
                        <p>
                          <strong>
                            {T.vurdering}: {UDFALD_NAVNE[v.udfald]}.
                          </strong>{' '}
                          <RegelForklaring regel={v.regel} kort />
                          {v.laesning && <span class="maerke">Afhænger af en læsning</span>}
                        </p>
                        <OgsaaISpil regler={v.ekstraRegler} />
                      </div>
                    )}
                    <button type="button" class="knap knap-lille" onClick={() => fjern(r, i)}>
                      {T.fjern}
                      <span class="sr-only"> {T.person(i, r.initialer).toLowerCase()}</span>
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button type="button" class="knap" onClick={tilfoej}>
            {T.tilfoej}
          </button>
        </section>
      ) : (
        <section aria-labelledby="grupper-overskrift">
          <h2 id="grupper-overskrift">{T.grupper}</h2>
          <p>{T.gruppeIntro}</p>
          {(['borger', 'barn'] as const).map((rolle) => (
            <fieldset key={rolle} class="grupper">
              <legend>{rolle === 'borger' ? T.gruppeBorgere : T.gruppeBoern}</legend>
              {GRUPPER.filter((g) => g.rolle === rolle).map((g) => (
                <div key={g.id} class="gruppe-felt">
                  <Felt
                    id={`gruppe-${g.id}`}
                    etiket={g.navn}
                    inputMode="numeric"
                    size={6}
                    value={t.grupper[g.id] ?? ''}
                    fejl={fejlFor(`gruppe-${g.id}`)}
                    onInput={(v) => saet({ grupper: { ...t.grupper, [g.id]: v } })}
                  />
                </div>
              ))}
            </fieldset>
          ))}
        </section>
      )}

      <section aria-labelledby="laesninger-overskrift" class="laesnings-valg">
        <h2 id="laesninger-overskrift">{T.laesninger}</h2>
        <p>{T.laesningerIntro}</p>
        {LAESNINGER.map((l) => (
          <fieldset key={l.id}>
            <legend>{l.titel}</legend>
            {l.valg.map((v) => (
              <label key={v.id} class="valg">
                <input
                  id={`laesning-${l.id}-${v.id}`}
                  type="radio"
                  name={`laesning-${l.id}`}
                  value={v.id}
                  checked={laesninger[l.id] === v.id}
                  onChange={() => saet({ laesninger: { ...t.laesninger, [l.id]: v.id } })}
                />
                {v.navn}
                {v.id === l.standard && <span class="hjaelp"> ({T.standard})</span>}
              </label>
            ))}
            <p class="hjaelp">
              <a href={href.laesning(l.id)}>
                Om læsningen<span class="sr-only">: {l.titel}</span>
              </a>
            </p>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="resultat-overskrift">
        <h2 id="resultat-overskrift">{T.resultat}</h2>
        <p class="sr-only" aria-live="polite">
          {beregnet ? T.status(beregnet.r.score) : ''}
        </p>
        {!opg.ok ? (
          <div class="fejl" role="alert">
            <p>{T.fejl}</p>
            <ul>
              {opg.fejl.map((f) => (
                <li key={f.felt + f.besked}>
                  <a href={`#${f.felt}`}>{f.besked}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          beregnet && <ResultatVisning resultat={beregnet.r} alternativer={beregnet.alt} tilbudNavn={t.navn} skiftLaesning={skiftLaesning} />
        )}
      </section>

      <section aria-labelledby="del-overskrift">
        <h2 id="del-overskrift">{T.del}</h2>
        <p>{T.delIntro}</p>
        <Kopier tekst={delLink} knap={T.kopierLink} kopieret={FAELLES.linkKopieret} fejl={T.linkFejl} meld={setBesked}>
          <button type="button" class="knap" onClick={eksporter}>
            {T.eksporter}
          </button>
          <button type="button" class="knap" onClick={() => filFelt.current?.click()}>
            {T.importer}
          </button>
          <input id="importer-fil" ref={filFelt} hidden type="file" accept="application/json,.json" onChange={(e) => void importer(e)} />
          <button
            type="button"
            class="knap"
            onClick={() => {
              setT(tomTilstand());
              setImportFejl([]);
              history.replaceState(null, '', window.location.pathname + window.location.search);
              setBesked(T.nulstillet);
            }}
          >
            {T.nulstil}
          </button>
        </Kopier>
        {importFejl.length > 0 && (
          <div class="fejl" role="alert">
            <p>{T.ugyldigFil}</p>
            <ul>
              {importFejl.slice(0, 10).map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
