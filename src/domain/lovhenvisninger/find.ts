/**
 * Finder lovhenvisninger i dansk tekst: "servicelovens § 104", "§ 103 i serviceloven",
 * "barnets lov § 43, stk. 1, nr. 7", "§ 110-boformer", "§§ 107/108", "§ 94 i serviceloven fra 2005".
 * Ren funktion uden opslag: hvad henvisningen peger på, afgøres i opslag.ts.
 */
import type { LovId } from '../../schemas/lovgivning.ts';
import type { Aera } from '../../schemas/lister.ts';

export type { Aera };

export interface Kontekst {
  /** Den lov, en henvisning uden lovnavn læses som (sidens frontmatter `lovStandard`). */
  lov: LovId;
  aera: Aera;
  /** true, når siden selv har sat standardloven i frontmatter; så er en paragraf uden lovnavn ikke flertydig. */
  eksplicit?: boolean;
}

export interface Henvisning {
  /** Position i teksten for selve paragraf-delen, der bliver til et link. */
  start: number;
  slut: number;
  tekst: string;
  lov: LovId;
  paragraf: string;
  stk?: string;
  nr?: string;
  aera: Aera;
  /** true, når teksten ikke nævner loven, og standardloven er brugt. */
  underforstaaetLov: boolean;
  /** true, når standardloven er sat eksplicit på siden. */
  standardEksplicit: boolean;
}

/** Lovnavne og bøjninger, som de står i kilderne og på sitet. Længste først. */
const LOVNAVNE: [RegExp, LovId][] = [
  [/lov om en aktiv beskæftigelsesindsats/i, 'beskaeftigelsesloven'],
  [/beskæftigelseslov(?:en|ens)?/i, 'beskaeftigelsesloven'],
  [/lov om aktiv socialpolitik/i, 'aktiv-socialpolitik'],
  [/aktivlov(?:en|ens)?/i, 'aktiv-socialpolitik'],
  [/lov om social service/i, 'serviceloven'],
  [/servicelov(?:en|ens)?/i, 'serviceloven'],
  [/barnets lovs?/i, 'barnets-lov'],
  [/sundhedslov(?:en|ens)?/i, 'sundhedsloven'],
  [/lov om socialtilsyn/i, 'lov-om-socialtilsyn'],
  [/socialtilsynslov(?:en|ens)?/i, 'lov-om-socialtilsyn'],
  [/retssikkerhedslov(?:en|ens)?/i, 'retssikkerhedsloven'],
];
const LOV_KILDE = LOVNAVNE.map(([r]) => r.source).join('|');

/** De love, en henvisning kan nævne ved navn; en sides `lovStandard` vælger blandt dem. */
export const HENVISBARE_LOVE = [...new Set(LOVNAVNE.map(([, id]) => id))] as [LovId, ...LovId[]];

// Én paragraf: "104", "101 a", "7 a", evt. ", stk. 2" og ", nr. 7". Bogstavet må ikke være "i" (som i "§ 103 i serviceloven").
const ENKELT = String.raw`(\d+(?:\s?[a-h](?![a-zæøå]))?)(?:,?\s*stk\.\s*(\d+))?(?:,?\s*nr\.\s*(\d+))?`;
const ENKELT_RE = new RegExp(ENKELT, 'y');
const SKILLE_RE = /\s*(?:,|\/|og|eller|samt)\s*(?=§?\s*\d)/y;
const INTERVAL_RE = /\s*[–-]\s*(\d+)(?![\d-])/y;

function lovFra(navn: string): LovId {
  for (const [r, id] of LOVNAVNE) if (r.test(navn)) return id;
  throw new Error(`ukendt lovnavn: ${navn}`);
}

const normaliserParagraf = (p: string) => p.replace(/\s+/g, ' ').replace(/(\d)\s?([a-h])$/, '$1 $2');

export function findHenvisninger(tekst: string, kontekst: Kontekst): Henvisning[] {
  const fund: Henvisning[] = [];
  const tegn = /§§?/g;
  let m: RegExpExecArray | null;
  while ((m = tegn.exec(tekst))) {
    let pos = m.index + m[0].length;
    const dele: Omit<Henvisning, 'lov' | 'aera' | 'underforstaaetLov' | 'standardEksplicit'>[] = [];
    let foersteStart = m.index;
    for (;;) {
      const mellemrum = /\s*/y;
      mellemrum.lastIndex = pos;
      mellemrum.exec(tekst);
      ENKELT_RE.lastIndex = mellemrum.lastIndex;
      const e = ENKELT_RE.exec(tekst);
      if (!e) break;
      let paragraf = normaliserParagraf(e[1]);
      let slut = ENKELT_RE.lastIndex;
      INTERVAL_RE.lastIndex = slut;
      const iv = !e[2] && !e[3] ? INTERVAL_RE.exec(tekst) : null;
      if (iv) {
        paragraf = `${paragraf}–${iv[1]}`;
        slut = INTERVAL_RE.lastIndex;
      }
      const start = dele.length === 0 ? foersteStart : mellemrum.lastIndex;
      dele.push({ start, slut, tekst: tekst.slice(start, slut), paragraf, stk: e[2], nr: e[3] });
      SKILLE_RE.lastIndex = slut;
      if (!SKILLE_RE.exec(tekst)) break;
      pos = SKILLE_RE.lastIndex;
      if (tekst[pos] === '§') {
        // "§ 103 eller § 104": næste § håndteres som en del af samme opremsning.
        pos += 1;
        tegn.lastIndex = pos;
      }
      foersteStart = pos;
    }
    if (dele.length === 0) continue;
    const efter = tekst.slice(dele[dele.length - 1].slut);
    const foer = tekst.slice(0, m.index);
    let lov: LovId | undefined;
    // "… i serviceloven", "…, i barnets lov"
    const efterLov = new RegExp(String.raw`^,?\s+i\s+(${LOV_KILDE})`, 'i').exec(efter);
    // "servicelovens § 104", "barnets lov § 43"
    const foerLov = new RegExp(String.raw`(${LOV_KILDE})\s*$`, 'i').exec(foer);
    if (efterLov) lov = lovFra(efterLov[1]);
    else if (foerLov) lov = lovFra(foerLov[1]);
    let aera = kontekst.aera;
    const halen = efterLov ? efter.slice(efterLov[0].length) : efter;
    if (/^\s*(?:fra|af)\s+2005|^\s*\(2005\)|^-\w+\s+\(2005\)/.test(halen)) aera = 'historisk-2005';
    // "dagens § 110", "§ 110 i dag", "… i dag er forsorgshjem efter § 110" (samme sætning): den nuværende nummerering.
    else if (/(?:^|[^a-zæøå])(?:dagens|nutidens|i dag)(?![a-zæøå])[^.!?]*$/i.test(foer.slice(-160)) || /^(?:-\w+)?,?\s+i dag\b|^\s*\(i dag\)/i.test(halen))
      aera = 'gaeldende';
    for (const d of dele) fund.push({ ...d, lov: lov ?? kontekst.lov, aera, underforstaaetLov: !lov, standardEksplicit: Boolean(kontekst.eksplicit) });
    tegn.lastIndex = Math.max(tegn.lastIndex, dele[dele.length - 1].slut);
  }
  return fund;
}
