/**
 * Kontrol af en resultatfil fra en kalibrering (formatet står i resultatfil.ts). Giver danske beskeder,
 * der nævner filen. Et resultat for et andet tilbud eller en ændret udgave af det afvises (samme
 * fingeraftryk kræves). Bruger scenarieskemaet (Zod), så øerne indlæser modulet først, når der skal
 * kontrolleres.
 */
import { valider } from '../../schemas/scenarie.ts';
import type { Scenarie, Udfald } from '../indikator1b/index.ts';
import { FORMAT, MAKS_ALIAS, MAKS_BEGRUNDELSE, UDFALD_VAERDIER, VERSION, fingeraftryk, type ResultatFil } from './resultatfil.ts';

export type Laest = { ok: true; resultat: ResultatFil } | { ok: false; fejl: string };

const erObjekt = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Kontrollerer et indlæst resultat. `kilde` er filnavnet (eller "resultatlink 2"); det står i hver
 * besked. Med `reference` skal tilbuddet være præcis det samme som referencens.
 */
export function kontrollerResultat(data: unknown, kilde: string, reference?: Scenarie): Laest {
  const fejl = (besked: string): Laest => ({ ok: false, fejl: `${kilde}: ${besked}` });
  if (!erObjekt(data)) return fejl('er ikke et kalibreringsresultat.');
  if (data.format !== FORMAT) return fejl('er ikke et kalibreringsresultat fra dette site.');
  if (data.version !== VERSION) return fejl(`er fra en anden udgave af kalibreringen (udgave ${String(data.version)}); kun udgave ${VERSION} kan læses.`);
  const v = valider(data.scenarie, kilde);
  if (!v.ok) return fejl(`tilbuddet i resultatet er ugyldigt eller ændret (${v.fejl.length} fejl, fx ${v.fejl[0].replace(`${kilde}: `, '')}).`);
  const scenarie = v.scenarie;
  if (typeof data.deltager !== 'string' || data.deltager.trim() === '') return fejl('mangler deltagerens alias.');
  if (data.deltager.length > MAKS_ALIAS) return fejl(`deltagerens alias er for langt (højst ${MAKS_ALIAS} tegn).`);
  if (!erObjekt(data.svar)) return fejl('mangler svarene.');
  const ider = new Set(scenarie.personer.map((p) => p.id));
  for (const [id, s] of Object.entries(data.svar)) {
    if (!ider.has(id)) return fejl(`har et svar for en person, der ikke er i tilbuddet (${JSON.stringify(id)}).`);
    if (!(UDFALD_VAERDIER as readonly unknown[]).includes(s)) return fejl(`har et ugyldigt svar for ${JSON.stringify(id)}.`);
  }
  const mangler = scenarie.personer.filter((p) => !(p.id in (data.svar as object)));
  if (mangler.length > 0) return fejl(`mangler svar for ${mangler.map((p) => p.navn).join(', ')}.`);
  const score = data.score;
  if (!(score === null || (typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5))) {
    return fejl('har en score, der ikke er 1–5 eller tom.');
  }
  let begrundelser: Record<string, string> | undefined;
  if (data.begrundelser !== undefined) {
    if (!erObjekt(data.begrundelser)) return fejl('har ugyldige begrundelser.');
    for (const [id, t] of Object.entries(data.begrundelser)) {
      if (!ider.has(id)) return fejl(`har en begrundelse for en person, der ikke er i tilbuddet (${JSON.stringify(id)}).`);
      if (typeof t !== 'string' || t.length > MAKS_BEGRUNDELSE) return fejl(`har en ugyldig begrundelse for ${JSON.stringify(id)}.`);
    }
    begrundelser = data.begrundelser as Record<string, string>;
  }
  const ukendte = Object.keys(data).filter((k) => !['format', 'version', 'scenarie', 'deltager', 'svar', 'score', 'begrundelser'].includes(k));
  if (ukendte.length > 0) return fejl(`har ukendte felter (${ukendte.join(', ')}).`);
  if (reference && fingeraftryk(reference) !== fingeraftryk(scenarie)) {
    if (reference.navn !== scenarie.navn) {
      return fejl(`hører til et andet tilbud (»${scenarie.navn}«), ikke »${reference.navn}«.`);
    }
    return fejl(`hører til en ændret udgave af »${reference.navn}«.`);
  }
  return {
    ok: true,
    resultat: {
      format: FORMAT,
      version: VERSION,
      scenarie,
      deltager: data.deltager.trim(),
      svar: data.svar as Record<string, Udfald>,
      score: score as ResultatFil['score'],
      ...(begrundelser ? { begrundelser } : {}),
    },
  };
}

/** Læser en resultatfil som tekst (JSON). */
export function laesResultatTekst(tekst: string, kilde: string, reference?: Scenarie): Laest {
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    return { ok: false, fejl: `${kilde}: kunne ikke læses – filen er ikke gyldig JSON (måske beskadiget eller afkortet).` };
  }
  return kontrollerResultat(data, kilde, reference);
}
