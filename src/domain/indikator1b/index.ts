/**
 * Offentlig API for indikator 1.b-motoren: alt fra browserens indgang (klient.ts) plus det, der kun
 * bruges på serveren og i CLI'en: Zod-skemaerne og funktioner med sitets standardbånd som standardværdi.
 * De navngivne eksporter herunder går forud for klient.ts' funktioner af samme navn.
 */
export * from './klient.ts';
export { scenarieSkema, personSkema, forloebSkema, valider, formaterSti, type Validering } from './scenarie.ts';
export { INTERVALLER, intervallerSkema, laesIntervaller } from './intervaller.ts';
export { scoreForAndel } from './score.ts';
export { beregnScenarie, beregnFraAntal } from './beregn.ts';
