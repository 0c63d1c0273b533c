/**
 * Beregneren for et rigtigt tilbud tæller personer pr. gruppe (kategori) uden navne. Hver gruppe
 * vurderes af den samme vurderPerson som eksemplernes personer, så reglerne kun står ét sted:
 * en repræsentant for gruppen vurderes, og gruppens antal lægges i motorens Antal.
 * Ren kode uden Zod, så den kan bruges i browseren.
 */
import { vurderPerson, type Antal, type PersonVurdering } from './beregn-kerne.ts';
import { KATEGORIER, KATEGORI_NAVNE, type Kategori, type Rolle, type Tilbudstype } from './navne.ts';
import type { Person } from './scenarie.ts';

export interface Gruppe {
  id: string;
  rolle: Rolle;
  /** Det, gruppens personer er i; null = ingenting. */
  kategori: Kategori | null;
  pension?: 'folkepension';
  navn: string;
}

/** Borgernes grupper: alle kategorier undtagen børnenes dagtilbud og grundskole. */
const BORGER_KATEGORIER: Kategori[] = KATEGORIER.filter((k) => k !== 'dagtilbud' && k !== 'grundskole');

export const GRUPPER: Gruppe[] = [
  ...BORGER_KATEGORIER.map((k) => ({
    id: `borger-${k}`,
    rolle: 'borger' as const,
    kategori: k,
    navn: k === 'egen-aktivitet' ? 'Kun i tilbuddets egne aktiviteter' : KATEGORI_NAVNE[k],
  })),
  { id: 'borger-ingen', rolle: 'borger', kategori: null, navn: 'Ikke i noget af det (under folkepensionsalderen)' },
  { id: 'borger-folkepension-ingen', rolle: 'borger', kategori: null, pension: 'folkepension', navn: 'På folkepension og ikke i noget af det' },
  { id: 'barn-dagtilbud', rolle: 'barn', kategori: 'dagtilbud', navn: 'I dagtilbud uden for tilbuddet' },
  { id: 'barn-grundskole', rolle: 'barn', kategori: 'grundskole', navn: 'I grundskole uden for tilbuddet (almen eller særlig)' },
  { id: 'barn-egen-aktivitet', rolle: 'barn', kategori: 'egen-aktivitet', navn: 'Passes eller undervises af mor eller tilbuddet' },
  { id: 'barn-ingen', rolle: 'barn', kategori: null, navn: 'Hverken i dagtilbud eller skole' },
];

/** Hvordan en person i gruppen vurderes (samme regler som for eksemplernes personer). */
export function vurderGruppe(g: Gruppe, tilbudstype?: Tilbudstype): PersonVurdering {
  const repraesentant: Person = {
    id: g.id,
    navn: g.navn,
    rolle: g.rolle,
    ...(g.pension ? { pension: g.pension } : {}),
    beskrivelse: g.navn,
    forloeb: g.kategori ? [{ kategori: g.kategori }] : [],
  } as Person;
  return vurderPerson(repraesentant, tilbudstype);
}

export type GruppeOptaelling =
  | { ok: true; antal: Antal; grupper: { gruppe: Gruppe; antal: number; vurdering: PersonVurdering }[] }
  | { ok: false; felt: string; besked: string };

/**
 * Fra feltværdier (gruppe-id → tal eller tekst) til motorens Antal. Et tomt felt er 0. Et negativt
 * tal, et decimaltal eller tekst giver en dansk besked, der nævner gruppen.
 */
export function taelGrupper(vaerdier: Record<string, unknown>, tilbudstype?: Tilbudstype): GruppeOptaelling {
  const antal: Antal = { borgereITilbud: 0, borgereIkkeITilbud: 0, folkepensionisterUdenTilbud: 0, boernITilbud: 0, boernIkkeITilbud: 0 };
  const grupper: { gruppe: Gruppe; antal: number; vurdering: PersonVurdering }[] = [];
  for (const g of GRUPPER) {
    const raa = vaerdier[g.id];
    const n = raa === undefined || raa === '' ? 0 : typeof raa === 'number' ? raa : Number(String(raa).trim().replace(',', '.'));
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      return { ok: false, felt: g.id, besked: `${g.navn}: skal være et helt tal (fik ${String(raa)})` };
    }
    if (n < 0) return { ok: false, felt: g.id, besked: `${g.navn}: må ikke være negativ (fik ${n})` };
    if (n === 0) continue;
    const v = vurderGruppe(g, tilbudstype);
    grupper.push({ gruppe: g, antal: n, vurdering: v });
    if (g.rolle === 'barn') {
      if (v.taeller) antal.boernITilbud += n;
      else antal.boernIkkeITilbud += n;
    } else if (v.udeladt) antal.folkepensionisterUdenTilbud += n;
    else if (v.taeller) antal.borgereITilbud += n;
    else antal.borgereIkkeITilbud += n;
  }
  return { ok: true, antal, grupper };
}
