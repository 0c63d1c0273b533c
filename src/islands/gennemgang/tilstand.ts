/**
 * Gennemgangens tilstand uden brugerflade: trinene i et eksempel, kontrol af gemt fremskridt og
 * optællingen af svarene. Rene funktioner, så de kan testes uden browser.
 *
 * Trinene: først om indikator 1.b gælder; derefter for hver person to spørgsmål – hvad personen er
 * i gang med (slagsen), og hvordan personen indgår (udfaldet).
 */
import { gaelderFor, type Person, type Scenarie, type Udfald } from '../../domain/indikator1b/index.ts';
import { KLASSER, bedoemKlasse, type Klasse } from '../../domain/oevelser/klassifikation.ts';
import { UDFALD, bedoemUdfald, type Status } from '../../domain/oevelser/bedoem.ts';

export const GEMME_NOEGLE = 'tema1.gennemgang.v2';
/** Ældre gemte gennemgange kan ikke genoptages (trinene er ændret); de slettes. */
export const GAMLE_NOEGLER = ['tema1.gennemgang.v1'];
export const VERSION = 2;

export type Trin =
  { noegle: 'gaelder'; type: 'gaelder' } | { noegle: string; type: 'hvad'; person: Person } | { noegle: string; type: 'udfald'; person: Person };

export type Svar = 'ja' | 'nej' | Klasse | Udfald;

export interface Gemt {
  version: typeof VERSION;
  scenarie: string;
  /** 0 = spørgsmålet om indikatoren gælder; derefter personernes spørgsmål; trin.length = resultatet. */
  trin: number;
  svar: Record<string, Svar>;
}

export interface ScenarieProp {
  id: string;
  data: Scenarie;
}

export function trinFor(s: Scenarie): Trin[] {
  const gaelder: Trin = { noegle: 'gaelder', type: 'gaelder' };
  if (!gaelderFor(s.tilbudstype)) return [gaelder];
  return [
    gaelder,
    ...s.personer.flatMap((person): Trin[] => [
      { noegle: `hvad:${person.id}`, type: 'hvad', person },
      { noegle: `udfald:${person.id}`, type: 'udfald', person },
    ]),
  ];
}

function gyldigtSvar(t: Trin, v: unknown): v is Svar {
  if (t.type === 'gaelder') return v === 'ja' || v === 'nej';
  if (t.type === 'hvad') return (KLASSER as readonly unknown[]).includes(v);
  return (UDFALD as readonly unknown[]).includes(v);
}

/** Læser og kontrollerer gemt fremskridt. `null` = intet gemt; `'fejl'` = ødelagt eller forældet. */
export function laesGemt(raa: string | null, scenarier: readonly ScenarieProp[]): Gemt | null | 'fejl' {
  if (raa === null) return null;
  try {
    const g: unknown = JSON.parse(raa);
    if (g === null || typeof g !== 'object') return 'fejl';
    const { version, scenarie, trin, svar } = g as Record<string, unknown>;
    if (version !== VERSION || typeof scenarie !== 'string') return 'fejl';
    const s = scenarier.find((x) => x.id === scenarie);
    if (!s) return 'fejl';
    const trinListe = trinFor(s.data);
    if (typeof trin !== 'number' || !Number.isInteger(trin) || trin < 0 || trin > trinListe.length) return 'fejl';
    if (svar === null || typeof svar !== 'object' || Array.isArray(svar)) return 'fejl';
    const svarObj = svar as Record<string, unknown>;
    for (const [k, v] of Object.entries(svarObj)) {
      const t = trinListe.find((x) => x.noegle === k);
      if (!t || !gyldigtSvar(t, v)) return 'fejl';
    }
    // Alle trin før det aktuelle skal være besvaret.
    if (trinListe.slice(0, trin).some((t) => svarObj[t.noegle] === undefined)) return 'fejl';
    return { version: VERSION, scenarie, trin, svar: svarObj as Record<string, Svar> };
  } catch {
    return 'fejl';
  }
}

export interface TrinBedoemmelse {
  trin: Trin;
  svar: Svar | undefined;
  status: Status | null;
}

/** Bedømmer hvert besvaret trin under sitets læsninger. */
export function bedoemTrin(s: Scenarie, t: Trin, svar: Svar | undefined): TrinBedoemmelse {
  if (svar === undefined) return { trin: t, svar, status: null };
  if (t.type === 'gaelder') {
    return { trin: t, svar, status: (svar === 'ja') === gaelderFor(s.tilbudstype) ? 'rigtigt' : 'forkert' };
  }
  if (t.type === 'hvad') return { trin: t, svar, status: bedoemKlasse(t.person, svar as Klasse).status };
  return { trin: t, svar, status: bedoemUdfald(t.person, s.tilbudstype, svar as Udfald).status };
}

export interface Optaelling {
  rigtige: number;
  /** Svar, der er forsvarlige med en anden læsning eller indtil noget er undersøgt. */
  forsvarlige: number;
  i_alt: number;
}

export function optael(s: Scenarie, svar: Record<string, Svar>): Optaelling {
  const trin = trinFor(s);
  let rigtige = 0;
  let forsvarlige = 0;
  for (const t of trin) {
    const { status } = bedoemTrin(s, t, svar[t.noegle]);
    if (status === 'rigtigt') rigtige++;
    else if (status === 'forsvarligt' || status === 'uafklaret') forsvarlige++;
  }
  return { rigtige, forsvarlige, i_alt: trin.length };
}
