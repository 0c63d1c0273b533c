/**
 * Vejledningen anbefaler ("bør", "anbefales", "det er vigtigt") langt de fleste steder; sitet må ikke
 * gøre anbefalingerne til krav ("skal", "må ikke", "stiller krav") eller tabe en undtagelse, der står
 * ved reglen. Testen læser alle sider under content/docs og tekstfelterne i begrebslisten og
 * lovoversigten, deler dem i sætninger og leder efter en hærdet formulering i sætninger om et emne,
 * hvor kilden kun anbefaler. Reglerne er data med kildens egne ord og sted, så en ny side om samme
 * emne bliver fanget, ikke kun de sætninger, der allerede er rettet.
 *
 * Hver regel har et eksempel på en hærdet sætning (som skal fanges) og en sætning med kildens styrke
 * (som ikke må fanges), så testen viser, at den kan slå fejl.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGLER as REGLER_1B } from '../../src/domain/indikator1b/regler.ts';

/** Ordgrænse, der også virker for æ, ø og å (JavaScripts \\b kender kun a–z). */
const GRAENSE = '(?:(?<=\\p{L})(?!\\p{L})|(?<!\\p{L})(?=\\p{L}))';
const m = (r: RegExp): RegExp => new RegExp(r.source.replaceAll('\\b', GRAENSE), 'iu');

interface Regel {
  id: string;
  /** Hvor i vejledningen anbefalingen står (publikation og afsnit). */
  kilde: string;
  /** Kildens styrke, kort. */
  kildensOrd: string;
  /** Sætningen handler om emnet. */
  emne: RegExp;
  /** Hærdet formulering i samme sætning. */
  haerdet?: RegExp;
  /** Reglen har en undtagelse, der skal stå i samme afsnit, når sætningen siger, at noget ikke tæller. */
  undtagelse?: { siger: RegExp; skalNaevne: RegExp };
  /** Sætninger om et andet emne, som reglen ikke gælder for (fx medfølgende børn, hvor kilden ingen undtagelse har). */
  ikkeEmne?: RegExp;
  eksempelHaerdet: string;
  eksempelRigtigt: string;
}

const REGLER: Regel[] = [
  {
    id: 'folkepension',
    kilde: 'Vejledningen, Borgere med folkepension',
    kildensOrd: '"Det anbefales, at socialtilsynet tager hensyn til det"; hensynet "bør fremgå meget tydeligt"',
    emne: /folkepension|\bhensynet\b/i,
    haerdet: /\bmå ikke\b|\bskal (?:stå|fremgå)\b/i,
    eksempelHaerdet: 'Borgere på folkepension må ikke trække scoren ned. Hensynet skal stå meget tydeligt i den skriftlige bedømmelse.',
    eksempelRigtigt: 'Vejledningen anbefaler, at borgere på folkepension ikke trækker scoren ned, og hensynet bør fremgå meget tydeligt.',
  },
  {
    id: 'foertidspension',
    kilde: 'Vejledningen, Borgere med førtidspension',
    kildensOrd: '"Det anbefales derfor"; tilsynet "bør i dialogen med tilbuddet gøre det tydeligt"',
    emne: /førtidspension/i,
    haerdet: /\bmå ikke\b|\bskal kunne forklare\b|\bskal (?:tilsynet )?forklare\b/i,
    eksempelHaerdet: 'Tilsynet skal kunne forklare tilbuddet, hvorfor borgere på førtidspension indgår som alle andre.',
    eksempelRigtigt: 'Tilsynet bør gøre det tydeligt for tilbuddet, hvorfor borgere på førtidspension indgår som alle andre.',
  },
  {
    id: 'aarsager-og-forklaringer',
    kilde: 'Vejledningen, Anbefalinger til bedømmelse af indikator 1.a og 1.b',
    kildensOrd: 'årsager og forklaringer "bør ikke have betydning"; de "bør" adresseres ved kriteriet',
    emne: /\b(?:årsag|forklaring|forklarende)/i,
    haerdet: /\bmå ikke\b|\bskal (?:de )?behandles\b/i,
    eksempelHaerdet: 'Hvorfor nogle borgere ikke er i gang, må ikke få betydning; årsagerne skal behandles ved kriteriet.',
    eksempelRigtigt: 'Årsagerne bør ikke få betydning for scoren, og forklaringer bør behandles ved kriteriet.',
  },
  {
    id: 'lave-scorer',
    kilde: 'Vejledningen, Anbefalinger til vurdering af kriteriet; Anbefalinger til vurderingen af temaet',
    kildensOrd: 'lave bedømmelser "bør" afspejles som mangler',
    emne: /\blave (?:scorer|bedømmelser)\b/i,
    haerdet: /\bskal (?:ses|fremgå|afspejles|stadig fremgå)\b/i,
    eksempelHaerdet: 'Lave scorer på indikatorerne skal fremgå som mangler ved kriteriet.',
    eksempelRigtigt: 'Lave scorer på indikatorerne bør fremgå som mangler ved kriteriet.',
  },
  {
    id: 'andre-forhold',
    kilde: 'Vejledningen, Anbefalinger til vurdering af kriteriet; Anbefalinger til vurderingen af temaet',
    kildensOrd: 'andre forhold "bør klart fremgå"; det "bør være tydeligt" i temavurderingen',
    emne: /\bandre forhold\b/i,
    haerdet: /\bskal (?:det )?(?:stå klart|tydeligt fremgå|fremgå|være (?:klart|tydeligt))\b|\bstiller (?:\w+ )?krav\b/i,
    eksempelHaerdet: 'Bruger tilsynet andre forhold, skal det tydeligt fremgå, hvilke forhold det er.',
    eksempelRigtigt: 'Bruger tilsynet andre forhold, bør det tydeligt fremgå, hvilke forhold det er.',
  },
  {
    id: 'temavurdering-konkluderer',
    kilde: 'Vejledningen, Anbefalinger til vurderingen af temaet',
    kildensOrd: 'socialtilsynet "bør tydeligt konkludere"',
    emne: /\bkonklud/i,
    haerdet: /\bskal\b(?![^.]*\bkunne læses\b)/i,
    eksempelHaerdet: 'I temavurderingen skal tilsynet konkludere på, i hvilken grad borgerne er i gang.',
    eksempelRigtigt: 'I temavurderingen bør tilsynet tydeligt konkludere på, i hvilken grad borgerne er i gang.',
  },
  {
    id: 'faste-procedurer-krisecentre',
    kilde: 'Vejledningen, Relevante tilgange, 7. Understøtte at medfølgende børn er i dag- eller grundskoletilbud',
    kildensOrd: '"det er vigtigt, at krisecentre har faste procedurer"',
    emne: /\bfaste procedurer\b/i,
    haerdet: /\bskal (?:have|der være)\b|\bkræver\b/i,
    eksempelHaerdet: 'Krisecentret skal have faste procedurer for medfølgende børn.',
    eksempelRigtigt: 'Vejledningen kalder det vigtigt, at krisecentret har faste procedurer for medfølgende børn.',
  },
  {
    id: 'koordinerende-raadgiver',
    kilde: 'VIVE 2021, Bilag 1: Voksne udsat for overgreb (§ 109-tilbud – krisecentre)',
    kildensOrd: 'hjemkommunen skal "tilbyde at stille en koordinerende rådgiver til rådighed"',
    emne: /\bkoordinerende rådgiver/i,
    haerdet: /\bskal stille\b|\bskal give\b|\bhar ret til\b/i,
    eksempelHaerdet: 'Hjemkommunen skal stille en koordinerende rådgiver til rådighed.',
    eksempelRigtigt: 'Hjemkommunen skal tilbyde hende en koordinerende rådgiver.',
  },
  {
    id: 'vejledningen-er-ikke-krav',
    kilde: 'Vejledningen, Indledning',
    kildensOrd: 'vejledningen er Social- og Boligstyrelsens "anbefalinger"',
    emne: /\bvejledning(?:en|ens)?\b/i,
    haerdet: /\bvejledningen (?:stiller krav|kræver|forbyder|påbyder)\b|\bkrav i vejledningen\b|\bvejledningen\b[^.;]{0,60}?\bmen (?:kræver|forbyder)\b/i,
    eksempelHaerdet: 'Vejledningen nævner den ikke ved navn, men kræver et tilbud inden for lovgivningen.',
    eksempelRigtigt: 'Vejledningen anbefaler kun at tælle tilbud inden for lovgivningen.',
  },
  {
    id: 'egne-aktiviteter-undtagelse',
    kilde: 'Vejledningen, 2. Sociale tilbuds egne aktiviteter er ikke omfattet',
    kildensOrd: 'egne aktiviteter "bør ikke tillægges vægt", undtagen når de har en formel ramme i loven, fx § 103 eller § 104',
    emne: /\begne aktiviteter\b|\bselv (?:sætter i gang|står for|har sat i gang|driver)\b|\bintern(?:e)? (?:praktik|aktiviteter)\b|\bdusørjob\b|\bværksted/i,
    undtagelse: {
      siger:
        /\btæller (?:dog |heller )?ikke\b|\bikke (?:bør )?tæller?\b|\bbør ikke tælle\b|\bhører (?:dog )?ikke med\b|\btæller\b[^.;]{0,80}?\bikke (?:med )?(?:i|ved|for|når) (?:indikator )?1\.b/i,
      skalNaevne: /§ ?10[34](?!\d)|\bmedmindre\b|\bundtag/i,
    },
    ikkeEmne: /\bpasning|\bmødre|\bbørn/i,
    eksempelHaerdet: 'Værksteder, dusørjob og interne aktiviteter på tilbuddet tæller ikke, når indikator 1.b bedømmes.',
    eksempelRigtigt: 'Værksteder og dusørjob bør ikke tælle ved indikator 1.b, medmindre de ligger inden for § 103 eller § 104.',
  },
];

const ROD = join(import.meta.dirname, '..', '..');

function filer(mappe: string): string[] {
  return readdirSync(mappe).flatMap((navn) => {
    const sti = join(mappe, navn);
    return statSync(sti).isDirectory() ? filer(sti) : /\.mdx?$/.test(navn) ? [sti] : [];
  });
}

/** Afsnit, som en læser ser dem: uden citater (officiel ordlyd), overskrifter, kodeblokke og import-linjer. */
function afsnitFraMarkdown(tekst: string): string[] {
  // Frontmatter (titel, beskrivelse, casekort) og tabelrækker: hver linje er sit eget afsnit.
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(tekst);
  const frontmatter = fm ? fm[1].split('\n').filter((l) => !/^\s*(?:afsnit|dokument):/.test(l)) : [];
  const krop = (fm ? tekst.slice(fm[0].length) : tekst).replace(/```[\s\S]*?```/g, '').replace(/^(\|.*)$/gm, '\n$1\n');
  return [...frontmatter, ...krop.split(/\n\s*\n/)]
    .map((blok) =>
      blok
        .split('\n')
        .filter((l) => !/^\s*(?:>|#|import\s|:::)/.test(l))
        .join(' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '‹$1›'),
    )
    .filter((a) => a.trim() !== '');
}

function strengeIJson(v: unknown, ud: string[] = []): string[] {
  if (typeof v === 'string') ud.push(v);
  else if (Array.isArray(v)) for (const x of v) strengeIJson(x, ud);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'afsnit' && k !== 'id') strengeIJson(x, ud);
  return ud;
}

const saetninger = (afsnit: string) => afsnit.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ0-9*"“(-])/);

interface Fund {
  sted: string;
  regel: string;
  tekst: string;
}

function tjek(afsnit: string, sted: string, regler = REGLER): Fund[] {
  const fund: Fund[] = [];
  for (const r of regler) {
    for (const s of saetninger(afsnit)) {
      // Et links tekst er ofte en overskrift på en anden side ("Se ‹Tilbuddets egne aktiviteter tæller ikke›"), ikke en påstand.
      const udenLinktekst = s.replace(/‹[^›]*›/g, '');
      if (r.ikkeEmne && m(r.ikkeEmne).test(s)) continue;
      if (r.haerdet && m(r.emne).test(udenLinktekst) && m(r.haerdet).test(udenLinktekst)) fund.push({ sted, regel: r.id, tekst: s.trim() });
      // Undtagelsen: emnet kan stå i sætningen før ("Flere cases beskriver værksteder … Den slags tæller ikke"), så afsnittet afgør.
      const omEmnet = m(r.emne).test(udenLinktekst) || m(r.emne).test(afsnit.replace(/‹[^›]*›/g, ''));
      if (r.undtagelse && omEmnet && m(r.undtagelse.siger).test(udenLinktekst) && !m(r.undtagelse.skalNaevne).test(afsnit))
        fund.push({ sted, regel: r.id, tekst: s.trim() });
    }
  }
  return fund;
}

function altIndhold(): { sted: string; afsnit: string }[] {
  const ud: { sted: string; afsnit: string }[] = [];
  for (const f of filer(join(ROD, 'content', 'docs'))) {
    const rel = relative(ROD, f);
    for (const a of afsnitFraMarkdown(readFileSync(f, 'utf8'))) ud.push({ sted: rel, afsnit: a });
  }
  for (const navn of ['begreber.json', 'lovgivning.json']) {
    const data = JSON.parse(readFileSync(join(ROD, 'content', 'data', navn), 'utf8')) as { id: string }[];
    for (const post of data) for (const s of strengeIJson(post)) ud.push({ sted: `content/data/${navn} (${post.id})`, afsnit: s });
  }
  // Sitets læsninger ved 1.b og reglernes forklaringer, som øerne og kommandolinjen viser.
  const laesninger = JSON.parse(readFileSync(join(ROD, 'content', 'data', 'indikator-1b-laesninger.json'), 'utf8')) as { laesninger: { id: string }[] };
  for (const l of laesninger.laesninger) for (const s of strengeIJson(l)) ud.push({ sted: `læsningen ${l.id}`, afsnit: s });
  for (const r of Object.values(REGLER_1B)) ud.push({ sted: `reglen ${r.id}`, afsnit: `${r.titel}. ${r.forklaring}` });
  return ud;
}

describe('kildens styrke bevares (modalitet)', () => {
  it.each(REGLER.map((r) => [r.id, r] as const))('reglen %s fanger en hærdet sætning og godtager kildens styrke', (_id, r) => {
    expect(tjek(r.eksempelHaerdet, 'eksempel', [r]), r.eksempelHaerdet).not.toHaveLength(0);
    expect(tjek(r.eksempelRigtigt, 'eksempel', [r]), r.eksempelRigtigt).toHaveLength(0);
  });

  it('ingen side eller post gør en anbefaling til et krav eller taber undtagelsen for § 103/§ 104', () => {
    const fund = altIndhold().flatMap(({ sted, afsnit }) => tjek(afsnit, sted));
    const besked = fund
      .map((f) => {
        const r = REGLER.find((x) => x.id === f.regel)!;
        return `${f.sted}: "${f.tekst}"\n    Kilden (${r.kilde}): ${r.kildensOrd}`;
      })
      .join('\n');
    expect(fund, besked).toEqual([]);
  });
});
