/**
 * Reglerne for indikator 1.b som data. Hver regel peger på den overskrift på sitet, der forklarer
 * den, så motoren, CLI'en og siderne bruger samme henvisning. `fortolkning: true` markerer regler,
 * hvor sitet går videre end vejledningen.
 */
import { sti } from '../../utils/stier.ts';
import type { LaesningId } from './laesninger.ts';

/** Den side på sitet, der forklarer reglen (sti uden understi; se src/utils/stier.ts). */
export type RegelSide = string;

export interface Regel {
  id: string;
  titel: string;
  forklaring: string;
  kilde: { side: RegelSide; overskrift: string };
  fortolkning: boolean;
  /** Den læsning, der afgør, hvordan reglen slår ud (se laesninger.ts). */
  laesning?: LaesningId;
}

const I1B = sti.vejledning('indikator-1b');
const SAERLIGE = sti.vejledning('saerlige-tilbud');

export const REGLER = {
  'gaelder-ikke': {
    id: 'gaelder-ikke',
    titel: 'Indikator 1.b gælder ikke for tilbuddet',
    forklaring:
      'Kvalitetsmodellen undtager skoler med kostafdeling efter barnets lov § 43, stk. 1, nr. 7, fra indikator 1.b. Her gives ingen score, og ingen personer tælles.',
    kilde: { side: I1B, overskrift: 'Hvilke tilbud gælder indikator 1.b for?' },
    fortolkning: false,
  },
  ordinaer: {
    id: 'ordinaer',
    titel: 'Ordinær uddannelse eller beskæftigelse tæller',
    forklaring: 'En borger, der går på en almindelig uddannelse eller har et almindeligt job, er i gang og tæller med.',
    kilde: { side: I1B, overskrift: 'Hvem tæller med?' },
    fortolkning: false,
  },
  'saerlig-uddannelse': {
    id: 'saerlig-uddannelse',
    titel: 'Særligt uddannelsestilbud tæller',
    forklaring:
      'STU, specialundervisning for voksne og jobrettet voksen- og efteruddannelse (VEU) er særlige uddannelsestilbud inden for lovgivningen. En borger i et af dem tæller med.',
    kilde: { side: SAERLIGE, overskrift: 'Særlige uddannelsestilbud' },
    fortolkning: false,
  },
  'saerlig-beskaeftigelse': {
    id: 'saerlig-beskaeftigelse',
    titel: 'Særligt beskæftigelsestilbud tæller',
    forklaring:
      'Beskyttet beskæftigelse efter § 103 i serviceloven, særligt tilrettelagte beskæftigelsesforløb og særlige beskæftigelsestilbud for unge efter beskæftigelseslovgivningen tæller med. Kilderne placerer forløbene forskelligt: vejledningen nævner servicelovens § 104, stk. 2, mens VIVE-rapporten fra 2021 nævner § 103, stk. 1.',
    kilde: { side: SAERLIGE, overskrift: 'Særlige beskæftigelsestilbud' },
    fortolkning: false,
  },
  'samvaer-aktivitet': {
    id: 'samvaer-aktivitet',
    titel: 'Samværs- og aktivitetstilbud efter § 104 tæller',
    forklaring: 'Et samværs- og aktivitetstilbud tæller kun, når det ligger inden for servicelovens § 104. Så er borgeren i gang.',
    kilde: { side: SAERLIGE, overskrift: 'Samværs- og aktivitetstilbud' },
    fortolkning: false,
  },
  'andet-saerligt': {
    id: 'andet-saerligt',
    titel: 'Et andet særligt tilbud inden for lovgivningen tæller',
    forklaring:
      'Vejledningens lister over særlige uddannelses- og beskæftigelsestilbud er eksempler (»såsom«). Et særligt tilbud, der ikke står på listen, tæller også, når det har hjemmel i lovgivningen. Tilsynet bør notere hjemlen.',
    kilde: { side: SAERLIGE, overskrift: 'Særlige beskæftigelsestilbud' },
    fortolkning: false,
  },
  'egen-aktivitet': {
    id: 'egen-aktivitet',
    titel: 'Tilbuddets egne aktiviteter tæller ikke',
    forklaring:
      'Værksteder, kurser, undervisning og træning, som tilbuddet selv sætter i gang, giver ikke point ved 1.b. Det ændrer sig kun, hvis aktiviteten drives som et tilbud efter § 103 eller § 104 i serviceloven; så registreres den under den kategori. Aktiviteterne kan i stedet indgå i vurderingen af kriterium 1.',
    kilde: { side: SAERLIGE, overskrift: 'Tilbuddets egne aktiviteter tæller ikke' },
    fortolkning: false,
  },
  omfang: {
    id: 'omfang',
    titel: 'Timetallet er uden betydning',
    forklaring:
      'Få timer om ugen tæller lige så meget som fuld tid, så timetallet ændrer ikke bedømmelsen. Grundskolen er en undtagelse, fordi loven fastlægger dens omfang.',
    kilde: { side: SAERLIGE, overskrift: 'Omfanget er uden betydning' },
    fortolkning: false,
  },
  fravaer: {
    id: 'fravaer',
    titel: 'Midlertidigt fravær tæller som i gang',
    forklaring:
      'Er borgeren væk fra sin uddannelse eller sit arbejde på grund af opholdet, på orlov eller sygemeldt, tæller borgeren stadig med, når pladsen venter. Det samme gælder et barn, der midlertidigt ikke kan komme i sit dag- eller skoletilbud.',
    kilde: { side: I1B, overskrift: 'Borgere der er midlertidigt fraværende' },
    fortolkning: false,
  },
  'fravaer-uden-plads': {
    id: 'fravaer-uden-plads',
    titel: 'Fravær uden mulighed for at vende tilbage tæller ikke',
    forklaring:
      'Vejledningen regner kun en fraværende borger som i gang, når borgeren kan vende tilbage til sin uddannelse eller sit arbejde efter opholdet eller behandlingen. Kan borgeren ikke det, indgår borgeren i grundlaget uden at tælle med.',
    kilde: { side: I1B, overskrift: 'Borgere der er midlertidigt fraværende' },
    fortolkning: false,
  },
  'folkepension-uden-tilbud': {
    id: 'folkepension-uden-tilbud',
    titel: 'Borger på folkepension uden tilbud',
    forklaring:
      'Vejledningen anbefaler, at indikatoren ikke bedømmes lavere alene på grund af borgernes alder, og at hensynet fremgår tydeligt af bedømmelsen. Hvordan hensynet tages i tallene, er en læsning: sitet udelader som standard borgeren af grundlaget.',
    kilde: { side: I1B, overskrift: 'Borgere på folkepension' },
    fortolkning: true,
    laesning: 'folkepension',
  },
  'folkepension-i-gang': {
    id: 'folkepension-i-gang',
    titel: 'Borger på folkepension i et tilbud tæller som andre',
    forklaring:
      'Er en borger på folkepension i uddannelse, beskæftigelse eller et samværs- og aktivitetstilbud, tæller borgeren med på lige fod med alle andre.',
    kilde: { side: I1B, overskrift: 'Borgere på folkepension' },
    fortolkning: false,
  },
  foertidspension: {
    id: 'foertidspension',
    titel: 'Borger på førtidspension',
    forklaring:
      'Vejledningen anbefaler, at det ikke påvirker bedømmelsen, at nogle borgere modtager førtidspension. En borger på førtidspension i et tilbud, der tæller, tæller med. For en borger uden tilbud er det en læsning: sitet lader som standard borgeren indgå i grundlaget som alle andre.',
    kilde: { side: I1B, overskrift: 'Borgere på førtidspension' },
    fortolkning: true,
    laesning: 'foertidspension',
  },
  'ikke-i-gang': {
    id: 'ikke-i-gang',
    titel: 'Borger uden tilbud tæller ikke',
    forklaring:
      'En borger, der hverken er i uddannelse, beskæftigelse eller et samværs- og aktivitetstilbud, indgår i grundlaget uden at tælle med. Vejledningen anbefaler, at årsagerne ikke får betydning for indikatorens score; de kan i stedet indgå i vurderingen af kriterium 1.',
    kilde: { side: I1B, overskrift: 'Årsager til at en borger ikke er i gang' },
    fortolkning: false,
  },
  'barn-i-tilbud': {
    id: 'barn-i-tilbud',
    titel: 'Medfølgende barn i dagtilbud eller grundskole tæller',
    forklaring: 'Et medfølgende barn, der går i et alment eller særligt dag- eller skoletilbud uden for tilbuddet, tæller med.',
    kilde: { side: I1B, overskrift: 'Medfølgende børn' },
    fortolkning: false,
  },
  'barn-egen-pasning': {
    id: 'barn-egen-pasning',
    titel: 'Pasning eller undervisning hos mor eller tilbud tæller ikke',
    forklaring:
      'Passes eller undervises barnet af sin mor eller af tilbuddet selv, er barnet ikke i et dag- eller skoletilbud i indikatorens forstand. Et medfølgende barn uden noget tilbud udenfor regnes på samme måde.',
    kilde: { side: I1B, overskrift: 'Medfølgende børn' },
    fortolkning: false,
  },
  'barn-andet': {
    id: 'barn-andet',
    titel: 'Medfølgende ung i uddannelse eller job',
    forklaring:
      'For medfølgende børn nævner vejledningen kun dag- og grundskoletilbud. En medfølgende ung i en ungdomsuddannelse eller et job inden for lovgivningen tæller aldrig imod tilbuddet: sitet lader som standard den unge tælle med; den anden læsning udelader den unge af grundlaget.',
    kilde: { side: I1B, overskrift: 'Medfølgende børn' },
    fortolkning: true,
    laesning: 'unge-medfoelgende',
  },
  'voksen-dag-grundskole': {
    id: 'voksen-dag-grundskole',
    titel: 'Borger i dagtilbud eller grundskole tæller',
    forklaring:
      'Indikatorens tekst nævner dagtilbud og grundskoletilbud blandt de tilbud, borgerne kan være i. Sitet lader derfor en borger i et af dem tælle med, fx et barn på et børne- og ungehjem.',
    kilde: { side: I1B, overskrift: 'Hvad siger indikator 1.b?' },
    fortolkning: true,
  },
} as const satisfies Record<string, Regel>;

export type RegelId = keyof typeof REGLER;

export const REGEL_IDER = Object.keys(REGLER) as RegelId[];

/** Link til det afsnit på sitet, der forklarer reglen, fx "/vejledning/indikator-1b/#medfoelgende-boern". */
export function regelHref(id: RegelId): string {
  const { side, overskrift } = REGLER[id].kilde;
  return sti.afsnit(side, overskrift);
}
