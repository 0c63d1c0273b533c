/**
 * Giver Starlights søgefelt en frist. Starlight tegner søgefeltet (Pagefind UI), når browseren har en
 * ledig stund (`requestIdleCallback` uden frist). Under belastning kan Chromium udskyde det i det
 * uendelige: med CPU'en sat seks gange ned og Ctrl K lige efter indlæsningen stod søgedialogen tom i
 * mere end 15 sekunder. MDN anbefaler en frist for arbejde, der skal gøres (Astro gjorde det samme i
 * withastro/astro#9302). Her får kald uden frist en frist på et sekund; kald med egen frist røres ikke.
 * Skal køre før DOMContentLoaded, hvor Starlight beder om den ledige stund; det gør et modulscript.
 */
const FRIST_MS = 1000;

const original = window.requestIdleCallback?.bind(window);
// Uden requestIdleCallback (Safari) bruger Starlight selv setTimeout.
if (original) window.requestIdleCallback = (kald, valg) => original(kald, { timeout: FRIST_MS, ...valg });
