/**
 * Registrerer sitets service worker (se src/integrations/offline.ts) og viser en stille besked i
 * sidefoden, når en ny version af sitet er hentet og venter: "Hent den nye version" genindlæser siden
 * med den nye version. Intet sendes andre steder hen; service workeren henter kun sitets egne filer.
 */
import { Workbox } from 'workbox-window';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function visBesked(wb: Workbox) {
  const boks = document.querySelector<HTMLElement>('[data-ny-version]');
  const tekst = boks?.querySelector<HTMLElement>('[data-ny-version-tekst]');
  const knap = boks?.querySelector<HTMLButtonElement>('[data-ny-version-knap]');
  if (!boks || !tekst || !knap) return;
  boks.hidden = false;
  knap.hidden = false;
  tekst.textContent = 'Der er en ny version af sitet.';
  knap.addEventListener(
    'click',
    () => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    },
    { once: true },
  );
}

/**
 * Beskeden står i sidefoden i HTML'en, men inde i Starlights hovedrude, der er sin egen stablingskontekst
 * (isolation: isolate): der tegnes højre spalte oven på den. Flyttet til <body> ligger den over siden.
 * Flyttes straks, længe før teksten skrives, så skærmlæsere kender statusfeltet, når beskeden kommer.
 */
function flytBeskedTilBody() {
  const boks = document.querySelector<HTMLElement>('[data-ny-version]');
  if (boks && boks.parentElement !== document.body) document.body.append(boks);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  flytBeskedTilBody();
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  wb.addEventListener('waiting', () => visBesked(wb));
  // Efter load, så registreringen og forhåndslagringen ikke konkurrerer med siden selv.
  window.addEventListener('load', () => {
    wb.register().catch(() => {
      // Uden service worker virker sitet som før, bare ikke uden net.
    });
  });
}
