/**
 * Et scenarie: et (fiktivt) tilbud med de personer, tilsynet møder, og hvad hver af dem er i gang
 * med. Skemaet er i Zod; `valider` oversætter Zods fejl til danske beskeder med fil og feltsti.
 */
import * as z from 'zod/mini';

import { FRAVAERSTYPER, KATEGORIER, PENSIONER, ROLLER, TILBUDSTYPER, TILBUDSTYPE_ALIASER } from '../domain/indikator1b/navne.ts';

import type { Forloeb, Person, Scenarie } from '../domain/indikator1b/typer.ts';

export type { Forloeb, Person, Scenarie };

/*
 * Skemaet bruger zod/mini. Det validerer ved bygning (indholdssamlingen), i CLI'en og i testene. I
 * browseren indlæses det først, når brugeren henter en scenariefil (dynamisk import), så zod ikke er
 * en del af øernes bundle; ESLint forbyder zod i browserkode.
 */
const tekst = z.string().check(z.minLength(1));

export const forloebSkema = z
  .strictObject({
    kategori: z.enum(KATEGORIER),
    timerPrUge: z.optional(z.number().check(z.minimum(0))),
    fravaer: z.optional(z.enum(FRAVAERSTYPER)),
    /** Kun meningsfuld med fravaer; udeladt betyder, at personen kan vende tilbage. */
    kanVendeTilbage: z.optional(z.boolean()),
    /** Lovgrundlaget for et "andet særligt tilbud" (kræves for den kategori). */
    hjemmel: z.optional(tekst),
    beskrivelse: z.optional(tekst),
    /** Øvelserne: hvad der skal undersøges hos tilbuddet, fordi beskrivelsen ikke afgør sagen. */
    afklares: z.optional(tekst),
  })
  .check(
    z.superRefine((f, ctx) => {
      if (f.kategori === 'andet-saerligt-tilbud' && f.hjemmel === undefined) {
        ctx.issues.push({ code: 'custom', path: ['hjemmel'], message: 'mangler-hjemmel', input: f });
      }
    }),
  );

export const personSkema = z.strictObject({
  id: tekst,
  navn: tekst,
  rolle: z.enum(ROLLER),
  alder: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  pension: z.optional(z.enum(PENSIONER)),
  beskrivelse: z.optional(tekst),
  forloeb: z.array(forloebSkema),
});

const tilbudstypeSkema = z
  .pipe(
    z.string(),
    z.transform((t: string) => TILBUDSTYPE_ALIASER[t] ?? t),
  )
  .check(
    z.superRefine((t, ctx) => {
      if (!TILBUDSTYPER.includes(t)) {
        ctx.issues.push({ code: 'invalid_value', values: TILBUDSTYPER, path: [], message: 'ukendt', input: t });
      }
    }),
  );

export const scenarieSkema = z.strictObject({
  navn: tekst,
  tilbudstype: tilbudstypeSkema,
  beskrivelse: z.optional(tekst),
  laeringsmaal: z.optional(tekst),
  personer: z.array(personSkema),
});

// Skemaet og motorens typer (src/domain/indikator1b/typer.ts) skal beskrive det samme; typetjekket
// herunder fejler ved `npm run check`, hvis de glider fra hinanden.
type Ens<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _forloebEns: Ens<z.infer<typeof forloebSkema>, Forloeb> = true;
const _personEns: Ens<z.infer<typeof personSkema>, Person> = true;
const _scenarieEns: Ens<z.output<typeof scenarieSkema>, Scenarie> = true;
void [_forloebEns, _personEns, _scenarieEns];

export type Validering = { ok: true; scenarie: Scenarie } | { ok: false; fejl: string[] };

type Sti = ReadonlyArray<PropertyKey>;

/** "personer[2].forloeb[0].kategori" ud fra Zods sti. */
export function formaterSti(sti: Sti): string {
  let ud = '';
  for (const del of sti) {
    if (typeof del === 'number') ud += `[${del}]`;
    else ud += ud === '' ? String(del) : `.${String(del)}`;
  }
  return ud === '' ? '(roden)' : ud;
}

function hent(data: unknown, sti: Sti): { findes: boolean; vaerdi: unknown } {
  let her: unknown = data;
  for (const del of sti) {
    if (her === null || typeof her !== 'object' || !(del in (her as object))) return { findes: false, vaerdi: undefined };
    her = (her as Record<PropertyKey, unknown>)[del];
  }
  return { findes: true, vaerdi: her };
}

function vis(v: unknown): string {
  if (v === undefined) return 'ingenting';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'en liste';
  if (typeof v === 'object') return 'et objekt';
  return String(v);
}

const TYPE_NAVNE: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et helt tal',
  array: 'en liste',
  object: 'et objekt',
  boolean: 'sand eller falsk',
};

const VAERDI_NAVNE: Record<string, string> = {
  kategori: 'kategori',
  tilbudstype: 'tilbudstype',
  rolle: 'rolle',
  pension: 'pension',
  fravaer: 'fraværstype',
};

interface Problem {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

function oversaet(problem: Problem, data: unknown): { sti: Sti; besked: string } {
  const sti = problem.path;
  const sidste = sti[sti.length - 1];
  const { findes, vaerdi } = hent(data, sti);
  switch (problem.code) {
    case 'invalid_type': {
      if (!findes && typeof sidste === 'string') return { sti, besked: `mangler feltet "${sidste}"` };
      if (problem.expected === 'int' && typeof vaerdi === 'number') return { sti, besked: `skal være et helt tal (fik ${vis(vaerdi)})` };
      const forventet = TYPE_NAVNE[problem.expected ?? ''] ?? 'en anden slags værdi';
      return { sti, besked: `skal være ${forventet} (fik ${vis(vaerdi)})` };
    }
    case 'invalid_value': {
      const felt = typeof sidste === 'string' ? (VAERDI_NAVNE[sidste] ?? 'værdi') : 'værdi';
      const tilladte = (problem.values ?? []).map((v) => String(v)).join(', ');
      return { sti, besked: `ukendt ${felt} ${vis(vaerdi)}. Tilladte værdier: ${tilladte}` };
    }
    case 'too_small': {
      if (problem.origin === 'string') return { sti, besked: 'må ikke være tom' };
      if (problem.origin === 'number' && Number(problem.minimum) === 0) {
        return { sti, besked: `må ikke være negativ (fik ${vis(vaerdi)})` };
      }
      return { sti, besked: `skal være mindst ${String(problem.minimum)} (fik ${vis(vaerdi)})` };
    }
    case 'too_big':
      return { sti, besked: `må højst være ${String(problem.maximum)} (fik ${vis(vaerdi)})` };
    case 'unrecognized_keys': {
      const noegler = problem.keys ?? [];
      const ord = noegler.length === 1 ? 'ukendt felt' : 'ukendte felter';
      return { sti, besked: `${ord} ${noegler.map((k) => `"${k}"`).join(', ')}` };
    }
    case 'custom':
      if ((problem as { message?: string }).message === 'mangler-hjemmel') {
        return { sti, besked: 'mangler feltet "hjemmel": et andet særligt tilbud skal have sit lovgrundlag angivet (fx "lov om … § …")' };
      }
      return { sti, besked: `ugyldig værdi (fik ${vis(vaerdi)})` };
    default:
      return { sti, besked: `ugyldig værdi (fik ${vis(vaerdi)})` };
  }
}

function dubletter(data: unknown): { sti: Sti; besked: string }[] {
  const personer = hent(data, ['personer']).vaerdi;
  if (!Array.isArray(personer)) return [];
  const set = new Map<string, number>();
  const ud: { sti: Sti; besked: string }[] = [];
  personer.forEach((p, i) => {
    const id = p !== null && typeof p === 'object' ? (p as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') return;
    const foer = set.get(id);
    if (foer === undefined) set.set(id, i);
    else ud.push({ sti: ['personer', i, 'id'], besked: `id'et "${id}" bruges allerede af personer[${foer}]` });
  });
  return ud;
}

const FELT_NAVNE: Record<string, string> = {
  navn: 'navn',
  tilbudstype: 'tilbudstype',
  beskrivelse: 'beskrivelse',
  laeringsmaal: 'læringsmål',
  id: 'nummer',
  rolle: 'rolle',
  alder: 'alder',
  pension: 'pension',
  kategori: 'hvad personen er i',
  timerPrUge: 'timer om ugen',
  fravaer: 'fravær',
  kanVendeTilbage: 'om personen kan vende tilbage',
  hjemmel: 'lovgrundlag',
};

/** Beskeden uden JSON-ord ("mangler feltet" → "mangler"). */
function laeserBesked(b: string): string {
  return b
    .replace(/personer\[(\d+)\]/, (_, n: string) => `person ${Number(n) + 1}`)
    .replace(/mangler feltet "([^"]+)"/, (_, f: string) => `mangler ${FELT_NAVNE[f] ?? f}`)
    .replace(/ukendt felt(er)? /, 'ukendt oplysning ');
}

/** "person 3, forløb 1, lovgrundlag" ud fra Zods sti – til beskeder, som en læser ser. */
export function laeserSti(sti: Sti): string {
  const dele: string[] = [];
  for (let i = 0; i < sti.length; i++) {
    const del = sti[i];
    const naeste = sti[i + 1];
    if ((del === 'personer' || del === 'forloeb') && typeof naeste === 'number') {
      dele.push(`${del === 'personer' ? 'person' : 'forløb'} ${naeste + 1}`);
      i++;
    } else if (typeof del === 'string') dele.push(FELT_NAVNE[del] ?? del);
  }
  return dele.length === 0 ? 'filen' : dele.join(', ');
}

/**
 * Validerer et indlæst scenarie. Alle beskeder er danske og nævner fil og felt: som feltsti
 * ("personer[2].forloeb[0].kategori") til kommandolinjen, eller med ord ("person 3, forløb 1, hvad
 * personen er i"), når en læser ser beskeden i beregneren.
 */
export function valider(data: unknown, filnavn: string, stier: 'json' | 'laeser' = 'json'): Validering {
  const resultat = scenarieSkema.safeParse(data);
  const problemer = resultat.success ? [] : resultat.error.issues.map((p) => oversaet(p as unknown as Problem, data));
  problemer.push(...dubletter(data));
  if (problemer.length === 0 && resultat.success) return { ok: true, scenarie: resultat.data };
  const sti = stier === 'json' ? formaterSti : laeserSti;
  return { ok: false, fejl: problemer.map((p) => `${filnavn}: ${sti(p.sti)}: ${stier === 'json' ? p.besked : laeserBesked(p.besked)}`) };
}
