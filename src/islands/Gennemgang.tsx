/**
 * Guidet gennemgang af et eksempel på et tilbud: først om indikator 1.b gælder, derefter person for
 * person to spørgsmål – hvad personen er i gang med (ud fra beskrivelsen, som en konsulent hører den
 * ved et besøg), og hvordan personen indgår. Svarene bedømmes af src/domain/oevelser under sitets
 * læsninger; et svar, en anden læsning giver, er forsvarligt. Læringsmålet vises efter eksemplet.
 *
 * Her står kun rækkefølgen af skærmene, fokus og lageret; trin, kontrol af gemt fremskridt og
 * optælling står i gennemgang/tilstand.ts, skærmene i gennemgang/*.tsx.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import ResultatSkaerm from './gennemgang/ResultatSkaerm.tsx';
import TrinSkaerm from './gennemgang/TrinSkaerm.tsx';
import VaelgTilbud from './gennemgang/VaelgTilbud.tsx';
import { T } from './gennemgang/tekster.ts';
import { GAMLE_NOEGLER, GEMME_NOEGLE, VERSION, laesGemt, trinFor, type Gemt, type ScenarieProp, type Svar } from './gennemgang/tilstand.ts';
import '../styles/oevelser.css';

export { GEMME_NOEGLE };

interface Props {
  scenarier: ScenarieProp[];
}

function lager(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function slet(noegle: string) {
  try {
    lager()?.removeItem(noegle);
  } catch {
    /* lageret kan ikke skrives */
  }
}

type Fokus = 'overskrift' | 'feedback' | null;

export default function Gennemgang({ scenarier }: Props) {
  const [klar, setKlar] = useState(false);
  const [gemt, setGemt] = useState<Gemt | null>(null);
  const [besked, setBesked] = useState('');
  const [aktiv, setAktiv] = useState<Gemt | null>(null);
  const [fokus, setFokus] = useState<{ maal: Fokus; n: number }>({ maal: null, n: 0 });
  const overskrift = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const l = lager();
    let gammel = false;
    for (const n of GAMLE_NOEGLER) {
      if (l?.getItem(n) != null) gammel = true;
      slet(n);
    }
    const g = laesGemt(l?.getItem(GEMME_NOEGLE) ?? null, scenarier);
    if (g === 'fejl' || gammel) {
      if (g === 'fejl') slet(GEMME_NOEGLE);
      setBesked(T.oedelagt);
    }
    if (g && g !== 'fejl') setGemt(g);
    setKlar(true);
  }, [scenarier]);

  useEffect(() => {
    if (!aktiv) return;
    try {
      lager()?.setItem(GEMME_NOEGLE, JSON.stringify(aktiv));
    } catch {
      /* fuldt eller blokeret lager: gennemgangen virker stadig, men kan ikke genoptages */
    }
  }, [aktiv]);

  useLayoutEffect(() => {
    if (fokus.maal === 'overskrift') overskrift.current?.focus();
    if (fokus.maal === 'feedback') feedback.current?.focus();
  }, [fokus]);
  const flytFokus = (maal: Fokus) => setFokus((f) => ({ maal, n: f.n + 1 }));

  const scenarie = aktiv ? scenarier.find((s) => s.id === aktiv.scenarie)?.data : undefined;
  const trinListe = useMemo(() => (scenarie ? trinFor(scenarie) : []), [scenarie]);

  function start(id: string, fortsaet?: Gemt) {
    setBesked('');
    setGemt(null);
    setAktiv(fortsaet ?? { version: VERSION, scenarie: id, trin: 0, svar: {} });
    flytFokus('overskrift');
  }

  function forfra() {
    slet(GEMME_NOEGLE);
    setAktiv(null);
    setGemt(null);
    setBesked('');
    flytFokus('overskrift');
  }

  if (!klar) {
    return (
      <div class="oevelse gennemgang" data-klar="nej">
        <p>{T.kraeverJs}</p>
      </div>
    );
  }

  if (!aktiv || !scenarie) {
    return <VaelgTilbud scenarier={scenarier} gemt={gemt} besked={besked} overskrift={overskrift} onStart={start} onForfra={forfra} />;
  }

  if (aktiv.trin >= trinListe.length) {
    return (
      <ResultatSkaerm
        id={aktiv.scenarie}
        scenarie={scenarie}
        svar={aktiv.svar}
        overskrift={overskrift}
        onAndet={forfra}
        onForfra={() => start(aktiv.scenarie)}
      />
    );
  }

  const trin = trinListe[aktiv.trin];
  return (
    <TrinSkaerm
      key={`${aktiv.scenarie}-${aktiv.trin}`}
      scenarie={scenarie}
      trin={trin}
      nr={aktiv.trin}
      i_alt={trinListe.length}
      besvaret={aktiv.svar[trin.noegle]}
      overskrift={overskrift}
      feedback={feedback}
      onSvar={(svar: Svar) => {
        setAktiv({ ...aktiv, svar: { ...aktiv.svar, [trin.noegle]: svar } });
        flytFokus('feedback');
      }}
      onNaeste={() => {
        setAktiv({ ...aktiv, trin: aktiv.trin + 1 });
        flytFokus('overskrift');
      }}
      onForfra={forfra}
    />
  );
}
