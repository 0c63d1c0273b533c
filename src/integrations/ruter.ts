/**
 * Sider, der genereres fra data (ikke fra content/docs): ÉN liste, som giver injectRoute dens ruter,
 * sidebjælken dens links og link-tjekket de stier og ankre, der findes.
 */
import type { Bestemmelse, Begreb } from '../schemas/lovgivning.ts';
import { sti } from '../utils/stier.ts';

export interface Tema {
  nummer: number;
  navn: string;
}

export interface GenereretRute {
  /** Ruten til injectRoute. */
  pattern: string;
  entrypoint: string;
  /** De sider, ruten bygger, med deres titel i sidebjælken. */
  sider: { sti: string; titel: string }[];
  /** Ankre, der findes på siderne ud over overskrifterne (fx begrebernes id'er). */
  ankre?: string[];
}

export interface Data {
  temaer: Tema[];
  bestemmelser: Bestemmelse[];
  begreber: Begreb[];
}

export function genereredeRuter({ temaer, bestemmelser, begreber }: Data) {
  return {
    temaer: {
      pattern: '/kvalitetsmodellen/[tema]',
      entrypoint: './src/routes/kvalitetsmodel-tema.astro',
      sider: temaer.map((t) => ({ sti: sti.kvalitetsTema(t.nummer), titel: `Tema ${t.nummer}: ${t.navn}` })),
    },
    lovoversigt: {
      pattern: '/lovgivning',
      entrypoint: './src/routes/lov-oversigt.astro',
      sider: [{ sti: sti.lovoversigt(), titel: 'Lovoversigten' }],
    },
    lovposter: {
      pattern: '/lovgivning/[id]',
      entrypoint: './src/routes/lov-post.astro',
      sider: bestemmelser.map((b) => ({ sti: sti.lovPost(b.id), titel: b.id })),
    },
    begreber: {
      pattern: '/begreber',
      entrypoint: './src/routes/begreber.astro',
      sider: [{ sti: sti.begreber(), titel: 'Begreber' }],
      ankre: begreber.map((b) => b.id),
    },
    tilgaengelighed: {
      pattern: '/tilgaengelighedserklaering',
      entrypoint: './src/routes/tilgaengelighed.astro',
      sider: [{ sti: sti.tilgaengelighed(), titel: 'Tilgængelighedserklæring' }],
    },
  } satisfies Record<string, GenereretRute>;
}

export type Ruter = ReturnType<typeof genereredeRuter>;

/**
 * Til starlight-links-validator, som ikke kender sider uden for content/docs: et link til en genereret
 * side godtages kun, hvis siden findes, og et anker kun, hvis ruten kender det (eller ikke har ankre
 * udover overskrifter). Stier uden understi; link-tjekket ser dem med understi.
 */
export function genereretLinkFindes(ruter: Ruter, link: string, base: string): boolean {
  const [raa, anker] = link.split('#');
  const s = base && raa.startsWith(`${base}/`) ? raa.slice(base.length) : raa;
  for (const r of Object.values(ruter) as GenereretRute[]) {
    if (!r.sider.some((side) => side.sti === s)) continue;
    return !anker || !r.ankre || r.ankre.includes(anker);
  }
  return false;
}
