/**
 * Sitets ene hjem for stier. Alle sider, komponenter, øer, Markdown-plugins og link-tjekket bygger
 * deres links her, så sitet også virker under en understi (BASE_PATH, fx "/tema1").
 *
 * - `sti.*` giver en sti på sitet UDEN understi ("/lovgivning/servicelov-104/"). Det er den form,
 *   indholdet skrives i, og den, Markdown-plugins indsætter: rehype-trinnet `rehype-base-sti` giver
 *   alle Markdown-links understien ved bygning.
 * - `href.*` giver den samme sti MED understi, til alt, der renderes uden om Markdown (Astro-komponenter,
 *   genererede sider og øer i browseren).
 * - `medBase(sti)` giver en sti, der allerede er bygget (fx en regels henvisning), understien.
 *
 * Modulet er rent (ingen Astro-import), så domænekoden, CLI'en og testene kan bruge det. Understien
 * læses fra Vite (`import.meta.env.BASE_URL`) i sider og øer og fra miljøvariablen BASE_PATH, hvor
 * Vite ikke er med (astro.config.mjs og dens Markdown-plugins, CLI'en).
 */
import { ankerFor } from './slugs.ts';

/** "/tema1/", "tema1", "/tema1" → "/tema1"; tom eller "/" → "". */
export function normaliserBase(base: string | undefined): string {
  const b = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return b ? `/${b}` : '';
}

function laesBase(): string {
  const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
  if (env && typeof env.BASE_URL === 'string') return normaliserBase(env.BASE_URL);
  return normaliserBase(typeof process !== 'undefined' ? process.env?.BASE_PATH : undefined);
}

/** Understien uden afsluttende skråstreg, fx "/tema1", eller "" når sitet ligger i roden. */
export const BASE = laesBase();

/** Er `sti` en sti på sitet ("/…"), som skal have understien (ikke "//vært", ikke "#anker" eller en URL)? */
export const erSitesti = (s: string) => s.startsWith('/') && !s.startsWith('//');

/** Giver en sitesti understien: "/begreber/#stu" → "/tema1/begreber/#stu". Andet returneres uændret. */
export function medBase(s: string, base: string = BASE): string {
  if (!erSitesti(s) || !base) return s;
  if (s === base || s.startsWith(`${base}/`)) return s;
  return `${base}${s}`;
}

/** Fjerner understien igen ("/tema1/kilder/" → "/kilder/"), fx for at sammenligne med indholdets stier. */
export function udenBase(s: string, base: string = BASE): string {
  if (!base) return s;
  if (s === base) return '/';
  return s.startsWith(`${base}/`) ? s.slice(base.length) : s;
}

const indikatorAnker = (indikatorId: string) => `indikator-${indikatorId.replace('.', '-')}`;

/** Stier på sitet uden understi. Én funktion pr. slags side. */
export const sti = {
  forside: () => '/',
  /** En side i docs-samlingen ud fra dens id ("vejledning/indikator-1b" → "/vejledning/indikator-1b/"). */
  side: (id: string) => (id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`),
  /** Et afsnit på en side ud fra overskriftens tekst, med samme ASCII-anker som rehype-pluginet giver. */
  afsnit: (sideSti: string, overskrift: string) => `${sideSti}#${ankerFor(overskrift)}`,
  kvalitetsmodellen: () => '/kvalitetsmodellen/',
  /** Et tema i kvalitetsmodellen, fx "/kvalitetsmodellen/tema-1/". */
  kvalitetsTema: (nummer: number | string) => `/kvalitetsmodellen/tema-${nummer}/`,
  /** En indikator på sit temas side, fx "/kvalitetsmodellen/tema-1/#indikator-1-b". */
  indikator: (temaNummer: number | string, indikatorId: string) => `/kvalitetsmodellen/tema-${temaNummer}/#${indikatorAnker(indikatorId)}`,
  indikatorAnker,
  /** Værktøjet "Hvilke indikatorer gælder", evt. med tilstand i adressen ("?tilbud=…"). */
  hvilkeIndikatorerGaelder: (soegning = '') => `/kvalitetsmodellen/hvilke-indikatorer-gaelder/${soegning}`,
  spindelvaev: (soegning = '') => `/kvalitetsmodellen/spindelvaev/${soegning}`,
  lovoversigt: () => '/lovgivning/',
  /** En post i lovoversigten, fx "/lovgivning/servicelov-104/". */
  lovPost: (id: string) => `/lovgivning/${id}/`,
  begreber: () => '/begreber/',
  /** Et begreb på begrebssiden, fx "/begreber/#stu". */
  begreb: (id: string) => `/begreber/#${id}`,
  kilder: () => '/kilder/',
  kilde: (dokument: string) => `/kilder/#${dokument}`,
  cases: () => '/cases/',
  vejledning: (del = '') => (del ? `/vejledning/${del}/` : '/vejledning/'),
  oevelser: () => '/oevelser/',
  beregner: () => '/oevelser/beregn-1b/',
  /** Sitets læsninger ved 1.b (afsnittet på 1.b-siden) og én læsning i det. */
  laesninger: () => '/vejledning/indikator-1b/#hvor-tager-sitet-stilling',
  laesning: (id: string) => `/vejledning/indikator-1b/#laesning-${id}`,
  /** Et afsnit på en post i lovoversigten, fx "/lovgivning/serviceloven-110/#gammelt-og-nyt-nummer". */
  lovPostAfsnit: (id: string, anker: string) => `/lovgivning/${id}/#${anker}`,
  facit: () => '/oevelser/facit/',
  facitEksempel: (id: string) => `/oevelser/facit/#eksempel-${id}`,
  kalibrering: () => '/oevelser/kalibrering/',
  kalibreringDeltag: () => '/oevelser/kalibrering/deltag/',
  kalibreringSammenlign: () => '/oevelser/kalibrering/sammenlign/',
  gennemgang: () => '/oevelser/gennemgang/',
  quiz: () => '/oevelser/quiz/',
  tilgaengelighed: () => '/tilgaengelighedserklaering/',
  soegning: () => '/pagefind/',
  ikkeFundet: () => '/404.html',
} as const;

type Stier = typeof sti;

/** En sides sti ud fra dens id i docs-samlingen (tidligere i slugs.ts). */
export const hrefFor = sti.side;

/** Samme funktioner som `sti`, men med understien på. */
export const href = Object.fromEntries(
  Object.entries(sti).map(([navn, f]) => [navn, navn === 'indikatorAnker' ? f : (...a: never[]) => medBase((f as (...x: never[]) => string)(...a))]),
) as Stier;
