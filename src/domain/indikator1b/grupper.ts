/**
 * Beregnerens hurtige tilstand: antal personer pr. gruppe i stedet for en liste. Hver gruppe bliver til
 * én repræsentativ person med et antal (Enhed) og går gennem samme beregning som eksemplernes
 * personer, så reglerne og læsningerne kun står ét sted.
 */
import type { Enhed } from './beregn.ts';
import { KATEGORIER, KATEGORI_NAVNE, type Kategori, type Pension, type Rolle } from './navne.ts';
import type { Person } from './typer.ts';

export interface HurtigGruppe {
  id: string;
  rolle: Rolle;
  /** Det, gruppens personer er i; null = ingenting. */
  kategori: Kategori | null;
  pension?: Pension;
  navn: string;
}

/** Borgernes grupper: alle kategorier undtagen "andet særligt tilbud" (kræver hjemmel: brug listen). */
const BORGER_KATEGORIER: Kategori[] = KATEGORIER.filter((k) => k !== 'andet-saerligt-tilbud');

export const GRUPPER: HurtigGruppe[] = [
  ...BORGER_KATEGORIER.map((k) => ({
    id: `borger-${k}`,
    rolle: 'borger' as const,
    kategori: k,
    navn: k === 'egen-aktivitet' ? 'Kun i tilbuddets egne aktiviteter' : KATEGORI_NAVNE[k],
  })),
  { id: 'borger-ingen', rolle: 'borger', kategori: null, navn: 'Ikke i noget af det og modtager ikke folkepension' },
  { id: 'borger-foertidspension-ingen', rolle: 'borger', kategori: null, pension: 'foertidspension', navn: 'På førtidspension og ikke i noget af det' },
  { id: 'borger-folkepension-ingen', rolle: 'borger', kategori: null, pension: 'folkepension', navn: 'På folkepension og ikke i noget af det' },
  { id: 'barn-dagtilbud', rolle: 'barn', kategori: 'dagtilbud', navn: 'I dagtilbud uden for tilbuddet' },
  { id: 'barn-grundskole', rolle: 'barn', kategori: 'grundskole', navn: 'I grundskole uden for tilbuddet (almen eller særlig)' },
  { id: 'barn-ungdom', rolle: 'barn', kategori: 'ordinaer-uddannelse', navn: 'Ung i ungdomsuddannelse eller job' },
  { id: 'barn-egen-aktivitet', rolle: 'barn', kategori: 'egen-aktivitet', navn: 'Passes eller undervises af forælderen eller tilbuddet' },
  { id: 'barn-ingen', rolle: 'barn', kategori: null, navn: 'Hverken i dagtilbud, skole eller uddannelse' },
];

export const MAKS_PERSONER = 10_000;

function repraesentant(g: HurtigGruppe): Person {
  return {
    id: g.id,
    navn: g.navn,
    rolle: g.rolle,
    ...(g.pension ? { pension: g.pension } : {}),
    forloeb: g.kategori ? [{ kategori: g.kategori }] : [],
  };
}

/** Gruppernes antal som enheder til beregn(). Grupper med 0 udelades. */
export function gruppeEnheder(antal: Partial<Record<string, number>>): Enhed[] {
  return GRUPPER.filter((g) => (antal[g.id] ?? 0) > 0).map((g) => ({ person: repraesentant(g), antal: antal[g.id] ?? 0 }));
}

export type AntalFelt = { ok: true; antal: number } | { ok: false; besked: string };

/**
 * Læser et antal fra et tekstfelt: kun hele tal fra 0 til MAKS_PERSONER. Tomt felt er 0. "2,5",
 * "1e5", "-3" og tekst giver en dansk besked (uden feltets navn; kalderen sætter det foran).
 */
export function laesAntal(tekst: string, maks = MAKS_PERSONER): AntalFelt {
  const t = tekst.trim().replace(/\s+/g, '');
  if (t === '') return { ok: true, antal: 0 };
  if (/^-\d+$/.test(t)) return { ok: false, besked: `må ikke være negativt (du skrev ${tekst.trim()})` };
  if (/^\d+[,.]\d+$/.test(t)) return { ok: false, besked: `skal være et helt antal personer, ikke et decimaltal (du skrev ${tekst.trim()})` };
  if (!/^\d+$/.test(t)) return { ok: false, besked: `skal være et helt tal skrevet med cifre (du skrev ${tekst.trim()})` };
  const n = Number(t);
  if (n > maks) return { ok: false, besked: `højst ${maks.toLocaleString('da-DK')} personer (du skrev ${tekst.trim()})` };
  return { ok: true, antal: n };
}
