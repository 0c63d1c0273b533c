/**
 * Øvelsernes ni nye eksempler (ud over de syv, som tests/unit/indikator1b.scenarier.test.ts dækker):
 * hver persons udfald og regel og scoren under hver læsning (én ad gangen), udledt i hånden af
 * vejledningens regler og læsningernes tekster – ikke kopieret fra motorens svar.
 */
import { describe, expect, it } from 'vitest';
import { alternativer, beregnScenarie, medLaesninger, type RegelId, type Score, type Udfald } from '../../src/domain/indikator1b/index.ts';
import { laesEksempel as laes } from '../eksempeldata.ts';

const T = 'taeller' as const;
const IKKE = 'taeller-ikke' as const;
const UD = 'udelades' as const;

interface Forventet {
  personer: Record<string, [Udfald, RegelId]>;
  /** [tæller, grundlag, score] under standardlæsningerne. */
  standard: [number, number, Score | null];
  /** De læsninger (én ad gangen), der ændrer scoren, og scoren under dem. */
  andre: Record<string, Score | null>;
}

const FORVENTET: Record<string, Forventet> = {
  // Birgit (folkepension, intet) udelades; Klaus (førtidspension, intet) i grundlaget. 3/5 = 60 %.
  'alkoholbehandling-141-boelgen.json': {
    personer: {
      l1: [UD, 'folkepension-uden-tilbud'],
      l2: [T, 'saerlig-beskaeftigelse'],
      l3: [T, 'fravaer'],
      l4: [IKKE, 'ikke-i-gang'],
      l5: [T, 'ordinaer'],
      l6: [IKKE, 'egen-aktivitet'],
    },
    standard: [3, 5, 3],
    andre: { 'graenser=flertal': 4, 'foertidspension=udelades': 4 }, // 60 % > 50 %; 3/4 = 75 %
  },
  // Dorthe kan ikke vende tilbage; Poul (folkepension) er i § 104 og tæller. 3/6 = 50 % under begge grænser.
  'ambulant-101-kompasset.json': {
    personer: {
      a1: [T, 'ordinaer'],
      a2: [IKKE, 'fravaer-uden-plads'],
      a3: [T, 'samvaer-aktivitet'],
      a4: [T, 'fravaer'],
      a5: [IKKE, 'egen-aktivitet'],
      a6: [IKKE, 'ikke-i-gang'],
    },
    standard: [3, 6, 3],
    andre: {},
  },
  // Ordblindeundervisning med egen lov tæller; Bettinas tøjsortering regnes (indtil det er undersøgt) som egen aktivitet.
  'ambulant-101a-vejviseren.json': {
    personer: { v1: [T, 'andet-saerligt'], v2: [IKKE, 'egen-aktivitet'], v3: [T, 'ordinaer'], v4: [IKKE, 'ikke-i-gang'], v5: [T, 'saerlig-beskaeftigelse'] },
    standard: [3, 5, 3],
    andre: { 'graenser=flertal': 4, 'foertidspension=udelades': 4 },
  },
  // Børneområdet: grundskole tæller for borgerne; Oscar har ingen plads at vende tilbage til.
  'ambulant-33-spiren.json': {
    personer: {
      s1: [T, 'voksen-dag-grundskole'],
      s2: [T, 'ordinaer'],
      s3: [IKKE, 'fravaer-uden-plads'],
      s4: [T, 'saerlig-uddannelse'],
      s5: [IKKE, 'ikke-i-gang'],
    },
    standard: [3, 5, 3],
    andre: { 'graenser=flertal': 4, 'boerneomraadet=ingen-score': null },
  },
  // Snedkeriet (§ 103) tæller, keramikværkstedet og det lønnede job på tilbuddet gør ikke. 3/6 = 50 %.
  'bofaellesskab-andet-kloeveren.json': {
    personer: {
      o1: [T, 'saerlig-beskaeftigelse'],
      o2: [IKKE, 'egen-aktivitet'],
      o3: [IKKE, 'egen-aktivitet'],
      o4: [T, 'saerlig-beskaeftigelse'],
      o5: [T, 'samvaer-aktivitet'],
      o6: [IKKE, 'ikke-i-gang'],
    },
    standard: [3, 6, 3],
    andre: {},
  },
  // Borgere 1/3, børn 2/3 (Sigurd, 19, i lære, tæller); samlet 3/6 = 50 %. Hver for sig eller borgerne alene: 1/3 → 2.
  'krisecenter-109-fyrtaarnet.json': {
    personer: {
      m1: [T, 'fravaer'],
      m2: [IKKE, 'fravaer-uden-plads'],
      m3: [IKKE, 'ikke-i-gang'],
      m4: [T, 'barn-andet'],
      m5: [T, 'barn-i-tilbud'],
      m6: [IKKE, 'barn-egen-pasning'],
    },
    standard: [3, 6, 3],
    andre: { 'boern-og-voksne=hver-for-sig': 2, 'boern-og-voksne=borgerne-afgoer': 2 },
  },
  // 4/5 = 80 % under begge grænser; ingen score, hvis vejledningen ikke bruges på børneområdet.
  'opholdssted-andet-stjernen.json': {
    personer: {
      j1: [T, 'voksen-dag-grundskole'],
      j2: [T, 'voksen-dag-grundskole'],
      j3: [IKKE, 'egen-aktivitet'],
      j4: [T, 'voksen-dag-grundskole'],
      j5: [T, 'fravaer'],
    },
    standard: [4, 5, 4],
    andre: { 'boerneomraadet=ingen-score': null },
  },
  // Den interne skole er godkendt som grundskoletilbud; pædagogens opgaver er Fjordens egen aktivitet.
  'sikret-43-3-fjorden.json': {
    personer: {
      f1: [T, 'voksen-dag-grundskole'],
      f2: [T, 'voksen-dag-grundskole'],
      f3: [IKKE, 'egen-aktivitet'],
      f4: [IKKE, 'ikke-i-gang'],
      f5: [T, 'fravaer'],
    },
    standard: [3, 5, 3],
    andre: { 'graenser=flertal': 4, 'boerneomraadet=ingen-score': null },
  },
  'stoetteophold-43-1-6-laerken.json': {
    personer: { t1: [T, 'ordinaer'], t2: [T, 'ordinaer'], t3: [T, 'fravaer'], t4: [IKKE, 'egen-aktivitet'], t5: [T, 'saerlig-uddannelse'] },
    standard: [4, 5, 4],
    andre: { 'boerneomraadet=ingen-score': null },
  },
};

describe('øvelsernes nye eksempler', () => {
  it.each(Object.keys(FORVENTET))('%s: hver person, tallene og scoren', (fil) => {
    const f = FORVENTET[fil];
    const r = beregnScenarie(laes(fil));
    expect(Object.fromEntries(r.personer.map((p) => [p.id, [p.udfald, p.regel]]))).toEqual(f.personer);
    expect([r.taeller, r.grundlag, r.score]).toEqual(f.standard);
  });

  it.each(Object.keys(FORVENTET))('%s: de læsninger, der ændrer scoren', (fil) => {
    const s = laes(fil);
    const alt = alternativer(
      s.personer.map((person) => ({ person, antal: 1 })),
      s.tilbudstype,
    );
    expect(Object.fromEntries(alt.map((a) => [`${a.laesning}=${a.valg}`, a.score]))).toEqual(FORVENTET[fil].andre);
    for (const [k, score] of Object.entries(FORVENTET[fil].andre)) {
      const [id, v] = k.split('=');
      expect(beregnScenarie(s, medLaesninger({ [id]: v })).score, k).toBe(score);
    }
  });

  it.each(Object.keys(FORVENTET))('%s: 5–10 personer, beskrivelser på 2–4 sætninger', (fil) => {
    const s = laes(fil);
    expect(s.personer.length).toBeGreaterThanOrEqual(5);
    expect(s.personer.length).toBeLessThanOrEqual(10);
    for (const p of s.personer) {
      const n = (p.beskrivelse ?? '').split(/[.!?](?=\s+[A-ZÆØÅ0-9]|$)/).filter((x) => x.trim().length > 0).length;
      expect(n, `${fil} ${p.id}`).toBeGreaterThanOrEqual(2);
      expect(n, `${fil} ${p.id}`).toBeLessThanOrEqual(4);
    }
  });
});
