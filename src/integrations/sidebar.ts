/**
 * Sidebjælken bygges her, ét sted: rækkefølgen af sider står i sidernes frontmatter (`sidebar.order`),
 * grupperne, undergrupperne og de genererede sider står nedenfor med deres placering. To søskende med
 * samme `sidebar.order` stopper bygningen med begge filnavne, så rækkefølgen aldrig afgøres tilfældigt.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { SideFil } from '../plugins/lovhenvisninger-i-kilde.ts';
import type { GenereretRute, Ruter } from './ruter.ts';

type Punkt = NonNullable<StarlightUserConfig['sidebar']>[number];

interface Undermappe {
  label: string;
  /** Placering blandt mappens sider (sammenlignes med deres sidebar.order). */
  order: number;
  collapsed?: boolean;
  undermapper?: Record<string, Undermappe>;
}

interface Gruppe {
  label: string;
  /** Mappe under content/docs, hvis sider (og undermapper) vises i gruppen. */
  mappe?: string;
  /** Enkeltsider (docs-id'er) uden for en mappe. */
  sider?: string[];
  undermapper?: Record<string, Undermappe>;
  /** Genererede sider: rutens navn i GENEREREDE_RUTER og placering (følgende sider får +1, +2 …). */
  genererede?: { rute: keyof Ruter; order: number }[];
}

export const SIDEBJAELKE: Gruppe[] = [
  { label: 'Vejledningen', mappe: 'vejledning', undermapper: { tilgange: { label: 'De syv tilgange', order: 3, collapsed: true } } },
  { label: 'Kvalitetsmodellen', mappe: 'kvalitetsmodellen', genererede: [{ rute: 'temaer', order: 30 }] },
  { label: 'Øvelser i indikator 1.b', mappe: 'oevelser' },
  {
    label: 'Cases fra praksis',
    mappe: 'cases',
    undermapper: {
      vive: { label: 'VIVE 2021', order: 1, collapsed: true, undermapper: { potentialer: { label: 'Tre potentialer', order: 2 } } },
      brugerundersoegelse: { label: 'Brugerundersøgelsen (ca. 2006)', order: 2, collapsed: true },
    },
  },
  {
    label: 'Lovgivning og begreber',
    mappe: 'lovgivning',
    genererede: [
      { rute: 'lovoversigt', order: 0 },
      { rute: 'begreber', order: 100 },
    ],
  },
  { label: 'Om sitet', sider: ['kilder'], genererede: [{ rute: 'tilgaengelighed', order: 100 }] },
];

interface Sortérbar {
  order: number;
  hvad: string;
  punkt: Punkt;
}

/** "content/docs/vejledning/index.md" → "vejledning/index". */
const idFor = (fil: string) =>
  fil
    .replace(/\\/g, '/')
    .replace(/^content\/docs\//, '')
    .replace(/\.mdx?$/, '');
/** Starlights slug for en side: "vejledning/index" → "vejledning", "index" → "". */
const slugFor = (id: string) => (id === 'index' ? '' : id.replace(/\/index$/, ''));

function orden(side: SideFil): number {
  const o = (side.frontmatter.sidebar as { order?: unknown } | undefined)?.order;
  return typeof o === 'number' ? o : Number.POSITIVE_INFINITY;
}

function sorter(punkter: Sortérbar[], hvor: string): Punkt[] {
  const set = new Map<number, string>();
  for (const p of punkter) {
    if (!Number.isFinite(p.order)) continue;
    const anden = set.get(p.order);
    if (anden) throw new Error(`Sidebjælken (${hvor}): ${anden} og ${p.hvad} har begge sidebar.order ${p.order}. Giv dem hver sin plads.`);
    set.set(p.order, p.hvad);
  }
  return punkter.sort((a, b) => a.order - b.order || a.hvad.localeCompare(b.hvad)).map((p) => p.punkt);
}

function mappePunkter(sider: SideFil[], mappe: string, undermapper: Record<string, Undermappe> = {}): Sortérbar[] {
  const ud: Sortérbar[] = [];
  for (const side of sider) {
    const id = idFor(side.fil);
    if (id.slice(0, id.lastIndexOf('/')) !== mappe) continue;
    ud.push({ order: orden(side), hvad: side.fil, punkt: slugFor(id) });
  }
  for (const [navn, u] of Object.entries(undermapper)) {
    const sti = `${mappe}/${navn}`;
    ud.push({
      order: u.order,
      hvad: `undergruppen ${u.label}`,
      punkt: { label: u.label, collapsed: u.collapsed ?? false, items: sorter(mappePunkter(sider, sti, u.undermapper), sti) },
    });
  }
  return ud;
}

/** Starlights sidebar ud fra SIDEBJAELKE, sidernes frontmatter og de genererede ruter. */
export function byggSidebar(sider: SideFil[], ruter: Ruter, grupper: Gruppe[] = SIDEBJAELKE): Punkt[] {
  return grupper.map((g) => {
    const punkter: Sortérbar[] = g.mappe ? mappePunkter(sider, g.mappe, g.undermapper) : [];
    for (const id of g.sider ?? []) {
      const side = sider.find((s) => idFor(s.fil) === id);
      if (!side) throw new Error(`Sidebjælken (${g.label}): siden ${id} findes ikke i content/docs.`);
      punkter.push({ order: orden(side), hvad: side.fil, punkt: slugFor(id) });
    }
    for (const { rute, order } of g.genererede ?? []) {
      (ruter[rute] as GenereretRute).sider.forEach((s, i) =>
        punkter.push({ order: order + i, hvad: `den genererede side ${s.sti}`, punkt: { label: s.titel, link: s.sti } }),
      );
    }
    return { label: g.label, items: sorter(punkter, g.label) };
  });
}
