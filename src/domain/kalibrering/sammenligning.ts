/**
 * Sammenligning af deltagernes resultater for samme tilbud: fordelingen af svar pr. person, enigheden
 * (Fleiss' P_i), Fleiss' kappa over alle personer og fordelingen af scorer. Bruges af
 * sammenligningssiden og kommandolinjen (npm run kalibrering).
 */
import type { Scenarie, Udfald } from '../indikator1b/index.ts';
import { fleissKappa, type Kappa } from './kappa.ts';
import { UDFALD_VAERDIER, type ResultatFil } from './resultatfil.ts';

export interface PersonSammenligning {
  id: string;
  fordeling: Record<Udfald, number>;
  /** Fleiss' P_i: andelen af par af deltagere, der er enige; null med færre end to deltagere. */
  enighed: number | null;
}

export interface Sammenligning {
  deltagere: number;
  personer: PersonSammenligning[];
  fleissKappa: number | null;
  kappa: Kappa;
  scorer: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Deltagere uden score. */
  udenScore: number;
}

export function sammenlign(scenarie: Scenarie, resultater: readonly ResultatFil[]): Sammenligning {
  const fordelinger = scenarie.personer.map((p) => {
    const f = { taeller: 0, 'taeller-ikke': 0, udelades: 0 } as Record<Udfald, number>;
    for (const r of resultater) f[r.svar[p.id]]++;
    return f;
  });
  const kappa = fleissKappa(fordelinger.map((f) => UDFALD_VAERDIER.map((u) => f[u])));
  const scorer = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let udenScore = 0;
  for (const r of resultater) {
    if (r.score === null) udenScore++;
    else scorer[String(r.score) as keyof typeof scorer]++;
  }
  return {
    deltagere: resultater.length,
    personer: scenarie.personer.map((p, i) => ({ id: p.id, fordeling: fordelinger[i], enighed: kappa.enighed[i] ?? null })),
    fleissKappa: kappa.kappa,
    kappa,
    scorer,
    udenScore,
  };
}

/** Kommandolinjens JSON (formatet er fastlagt). */
export function somJson(s: Sammenligning) {
  return {
    deltagere: s.deltagere,
    personer: s.personer.map((p) => ({ id: p.id, fordeling: p.fordeling, enighed: p.enighed })),
    fleissKappa: s.fleissKappa,
    scorer: s.scorer,
  };
}

/** κ i ord. Inddelingen er sitets grove tommelfingerregel, ikke en norm. */
export function kappaIOrd(k: Kappa): string {
  if (k.kappa === null) {
    if (k.grund === 'for-faa-bedoemmere') return 'Kappa kræver mindst to deltagere.';
    if (k.grund === 'ingen-emner') return 'Der er ingen personer at sammenligne.';
    return 'Kappa kan ikke beregnes, fordi alle deltagere har givet samme svar om alle personer. Så er den forventede enighed ved tilfældige svar 100 %, og der er ingen variation at måle enigheden imod. Enigheden er fuld.';
  }
  const v = k.kappa;
  if (v >= 0.999999) return 'Fuld enighed: alle deltagere har svaret det samme om hver person.';
  if (v <= 0) return 'Ikke mere enighed, end man ville få ved tilfældige svar. Deltagerne læser reglerne forskelligt.';
  if (v < 0.4) return 'Lav enighed: deltagerne er oftere uenige, end man bør være, når reglerne bruges ens.';
  if (v < 0.6) return 'Nogen enighed: der er tydelige forskelle i, hvordan reglerne bruges.';
  if (v < 0.8) return 'God enighed, men med enkelte personer, hvor deltagerne læser reglerne forskelligt.';
  return 'Meget høj enighed: kun få forskelle.';
}

function csvFelt(t: string): string {
  return /[;"\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** CSV med semikolon (dansk Excel): én række pr. person, én kolonne pr. deltager, enighed til sidst. */
export function tilCsv(scenarie: Scenarie, resultater: readonly ResultatFil[], s: Sammenligning, udfaldNavn: (u: Udfald) => string): string {
  const hoved = ['Person', ...resultater.map((r) => r.deltager), 'Enighed'];
  const raekker = scenarie.personer.map((p, i) => [
    p.navn,
    ...resultater.map((r) => udfaldNavn(r.svar[p.id]) + (r.begrundelser?.[p.id] ? ` (${r.begrundelser[p.id]})` : '')),
    s.personer[i].enighed === null ? '' : s.personer[i].enighed!.toFixed(2).replace('.', ','),
  ]);
  const score = ['Score', ...resultater.map((r) => (r.score === null ? '' : String(r.score))), ''];
  const kappa = ['Fleiss kappa', s.fleissKappa === null ? 'kan ikke beregnes' : s.fleissKappa.toFixed(3).replace('.', ',')];
  return [hoved, ...raekker, score, kappa].map((r) => r.map(csvFelt).join(';')).join('\r\n') + '\r\n';
}
