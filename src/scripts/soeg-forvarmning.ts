/**
 * Forvarmer søgningen, når brugeren viser, at hun vil søge: peger på eller fokuserer søgeknappen, rører
 * den, eller trykker Ctrl/⌘ (genvejen Ctrl K). Så hentes Pagefinds script, WebAssembly, metadata og
 * filtre, før der skrives, og den første søgning skal kun slå ordene op. Starlights søgefelt bruger
 * samme modul (samme adresse), så det finder Pagefind klar. Sker kun én gang pr. side.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string): Promise<unknown>;
}

let startet: Promise<void> | undefined;

export function forvarm(): Promise<void> {
  startet ??= (async () => {
    // Adressen bygges ved kørsel, så Vite ikke prøver at bundle Pagefind (det findes først efter bygningen).
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pf.options({ baseUrl: base });
    await pf.init();
    // filters() venter, til WebAssembly og metadata er indlæst, og henter filtrene, som søgefeltet viser.
    await pf.filters();
    // En første søgning efter et ord fra sitets navn varmer søgemotoren op (målt: ca. 177 → 131 ms for den
    // første rigtige søgning under belastning); resultatet bruges ikke.
    await pf.search('tema');
  })().catch(() => {
    // Fejler det (fx uden net og uden service worker), henter søgefeltet selv Pagefind som før.
    startet = undefined;
  });
  return startet;
}

function lyt() {
  if (import.meta.env.DEV) return;
  const knap = document.querySelector('button[data-open-modal]');
  const start = () => void forvarm();
  for (const h of ['pointerenter', 'focus', 'touchstart'] as const) knap?.addEventListener(h, start, { once: true, passive: true });
  const tast = (e: KeyboardEvent) => {
    if (e.key === 'Control' || e.key === 'Meta' || ((e.ctrlKey || e.metaKey) && e.key === 'k')) {
      window.removeEventListener('keydown', tast);
      start();
    }
  };
  window.addEventListener('keydown', tast);
}

lyt();
