/**
 * Udkast til socialtilsynets skriftlige bedømmelse af indikator 1.b, i tilsynets egen stemme. Teksten
 * nævner tilbuddet, tallene for borgere og børn hver for sig, hver gruppe, der ikke tæller med eller
 * er udeladt, med grunden, og de læsninger, der afgør scoren. Sitets egne noter står ikke i udkastet;
 * de vises ved siden af.
 */
import { afgoerendeLaesninger, type Alternativ, type Gruppe, type Resultat } from './beregn.ts';
import { LAESNINGER, valg, type LaesningId } from './laesninger.ts';
import { KATEGORI_NAVNE, type Kategori } from './navne.ts';
import type { RegelId } from './regler.ts';

export type UdkastInput = Resultat;

const I_GANG = 'uddannelse, beskæftigelse eller samværs- og aktivitetstilbud';

/** Alle grænser i alle læsninger af trinnene, i procent (fx 65, 35, 15, 50). */
const GRAENSER = [...new Set(LAESNINGER.flatMap((l) => l.valg.flatMap((v) => (v.baand ?? []).map((b) => b.fra * 100))))];

/** Står den viste procent på samme side af hver grænse (og af 0 og 100) som den præcise andel? */
function sammeSide(praecis: number, vist: number): boolean {
  return [0, 100, ...GRAENSER].every((g) => praecis >= g === vist >= g && praecis > g === vist > g);
}

/**
 * "70 %", "64,5 %" eller "99,5 %": helst hele procent, men med så mange decimaler (højst to), at
 * tallet aldrig krydser en grænse mellem trinnene – 20 af 31 vises som 64,5 %, ikke 65 %, når
 * grænsen er 65 %. Aldrig 100 %, før alle er med, og aldrig 0 %, når nogen er.
 */
export function procentTekst(taeller: number, grundlag: number): string {
  if (grundlag === 0) return '–';
  const p = (taeller / grundlag) * 100;
  for (const decimaler of [0, 1, 2]) {
    const f = 10 ** decimaler;
    const vist = Math.round(p * f) / f;
    if (sammeSide(p, vist)) return `${String(vist).replace('.', ',')} %`;
  }
  const under = [0, 100, ...GRAENSER].filter((g) => g > p).sort((a, b) => a - b)[0];
  const over = [0, 100, ...GRAENSER].filter((g) => g <= p).sort((a, b) => b - a)[0];
  return p < 50 ? `lidt over ${String(over).replace('.', ',')} %` : `lidt under ${String(under).replace('.', ',')} %`;
}

/** En andel (0–1) vist som procentTekst, fx enigheden i en kalibrering; "–" uden en andel. */
export function andelTekst(andel: number | null): string {
  return andel === null ? '–' : procentTekst(Math.round(andel * 1e6), 1e6);
}

/** Brugerens egen tekst (tilbuddets navn, beskrivelser, hjemmel) med danske anførselstegn. */
export function citat(t: string): string {
  return t.replace(/"([^"]*)"/g, '»$1«').replace(/"/g, '»');
}

function antal(n: number, ental: string, flertal: string): string {
  return `${n} ${n === 1 ? ental : flertal}`;
}

const borgereOrd = (n: number) => antal(n, 'borger', 'borgere');
const boernOrd = (n: number) => antal(n, 'medfølgende barn', 'medfølgende børn');

function liste(dele: string[]): string {
  if (dele.length <= 1) return dele.join('');
  return `${dele.slice(0, -1).join(', ')} og ${dele[dele.length - 1]}`;
}

function eksempler(g: Gruppe): string {
  const b = g.beskrivelser.slice(0, 3).map((x) => citat(x.charAt(0).toLowerCase() + x.slice(1)));
  return b.length > 0 ? ` (${liste(b)}${g.beskrivelser.length > 3 ? ' m.fl.' : ''})` : '';
}

/** Fordelingen af dem, der tæller med, på kategorier: "3 i ordinær beskæftigelse, 1 i …". */
function fordeling(grupper: Gruppe[]): string {
  const pr = new Map<Kategori, number>();
  for (const g of grupper) {
    for (const [k, n] of Object.entries(g.kategorier) as [Kategori, number][]) pr.set(k, (pr.get(k) ?? 0) + n);
  }
  return liste([...pr.entries()].map(([k, n]) => `${n} i ${KATEGORI_NAVNE[k].charAt(0).toLowerCase()}${KATEGORI_NAVNE[k].slice(1)}`));
}

/**
 * Én sætning for en gruppe, der ikke tæller med, er udeladt eller tæller på grund af en særlig regel.
 * Eksporteret, så testene kan se, at hver gruppe er nævnt i udkastet.
 */
export function gruppeSaetning(g: Gruppe): string | null {
  const n = g.antal;
  const hvem = g.rolle === 'barn' ? boernOrd(n) : borgereOrd(n);
  const de = n === 1 ? (g.rolle === 'barn' ? 'barnet' : 'vedkommende') : 'de';
  const De = de.charAt(0).toUpperCase() + de.slice(1);
  const er = 'er';
  const r: RegelId = g.regel;
  if (g.udfald === 'taeller') {
    if (r === 'fravaer') {
      const hvad = g.rolle === 'barn' ? `${n === 1 ? 'sit' : 'deres'} dag- eller skoletilbud` : `${n === 1 ? 'sin' : 'deres'} uddannelse eller beskæftigelse`;
      return `${hvem} ${er} midlertidigt fraværende fra ${hvad} (under opholdet, på orlov eller sygemeldt), men kan vende tilbage. ${De} er derfor regnet som i gang.`;
    }
    if (r === 'andet-saerligt') {
      return `${hvem} ${er} i et andet særligt tilbud inden for lovgivningen${g.hjemler.length ? ` (${liste(g.hjemler.map(citat))})` : ''} og er regnet som i gang.`;
    }
    if (r === 'barn-andet') {
      return `${antal(n, 'medfølgende ung', 'medfølgende unge')} ${er} i uddannelse eller beskæftigelse og er regnet som i gang.`;
    }
    return null;
  }
  if (g.udfald === 'udelades') {
    if (r === 'folkepension-uden-tilbud') {
      return `${hvem} modtager folkepension og ${er} ikke i ${I_GANG}. ${De} indgår ikke i grundlaget, så bedømmelsen ikke bliver lavere alene på grund af alder.`;
    }
    if (r === 'foertidspension') {
      return `${hvem} modtager førtidspension og ${er} ikke i ${I_GANG}. ${De} indgår ikke i grundlaget.`;
    }
    if (r === 'barn-andet') {
      return `${antal(n, 'medfølgende ung', 'medfølgende unge')} ${er} i uddannelse eller beskæftigelse og indgår ikke i grundlaget, da indikatoren for medfølgende børn måler dag- og grundskoletilbud.`;
    }
    return `${hvem} indgår ikke i grundlaget.`;
  }
  // Tæller ikke med.
  switch (r) {
    case 'egen-aktivitet':
      return `${hvem} deltager alene i aktiviteter, som tilbuddet selv har sat i gang${eksempler(g)}. Aktiviteterne ligger ikke inden for servicelovens § 103 eller § 104 og indgår derfor ikke i bedømmelsen af indikatoren, men kan indgå i vurderingen af kriteriet.`;
    case 'fravaer-uden-plads':
      return `${hvem} ${er} fraværende fra ${g.rolle === 'barn' ? 'et dag- eller skoletilbud' : 'en uddannelse eller et arbejde'}, som ${de} ikke kan vende tilbage til efter opholdet, og ${er} derfor ikke regnet som i gang.`;
    case 'folkepension-uden-tilbud':
      return `${hvem} modtager folkepension og ${er} ikke i ${I_GANG}. ${De} indgår i grundlaget; hensynet til alderen er beskrevet i vurderingen.`;
    case 'barn-egen-pasning':
      return `${hvem} passes eller undervises af forælderen eller tilbuddet selv eller har intet dag- eller skoletilbud uden for tilbuddet${eksempler(g)}, og ${er} derfor ikke regnet som i dag- eller grundskoletilbud.`;
    case 'gaelder-ikke':
      return null;
    default:
      return `${hvem} ${er} ikke i ${I_GANG}${eksempler(g)}.`;
  }
}

const MAADE: Record<string, (r: Resultat) => string> = {
  samlet: (r) => `Borgere og medfølgende børn er bedømt samlet: ${r.taeller} af ${r.grundlag} (${procentTekst(r.taeller, r.grundlag)}) er i gang.`,
  'hver-for-sig': (r) =>
    `Borgere og medfølgende børn er bedømt hver for sig, og bedømmelsen følger den laveste af de to (${r.afgoerende === 'boern' ? 'børnenes' : 'borgernes'}).`,
  'borgerne-afgoer': (r) =>
    r.afgoerende === 'boern'
      ? 'Der er ingen borgere i grundlaget, så bedømmelsen følger børnenes andel.'
      : 'Bedømmelsen følger borgernes andel; børnenes dag- og skoletilbud er beskrevet for sig.',
};

/**
 * Udkastet som afsnit adskilt af en tom linje. `alternativer` er scorerne under de andre læsninger
 * (fra alternativer()); de læsninger, der ændrer scoren, nævnes i én sætning.
 */
export function udkastTilBedoemmelse(r: Resultat, alternativer: Alternativ[], tilbudNavn?: string): string {
  const afsnit: string[] = [];
  const navn = tilbudNavn?.trim() ? citat(tilbudNavn.trim()) : 'tilbuddet';
  const paa = `på ${navn}`;

  if (!r.gaelder) {
    afsnit.push(`Indikator 1.b bedømmes ikke for ${navn}. ${r.grund ?? 'Kvalitetsmodellen undtager tilbudstypen fra indikatoren.'}`);
    return afsnit.join('\n\n');
  }

  // 1. Konklusionen først.
  if (r.score !== null && r.trin) {
    afsnit.push(
      `Socialtilsynet bedømmer, at indikator 1.b er ${r.trin.betegnelse} ${paa} (score ${r.score}). Bedømmelsen er foretaget som led i det driftsorienterede tilsyn.`,
    );
  } else if (!r.scoreForeslaas) {
    afsnit.push(
      `Socialtilsynet har opgjort, hvor mange ${paa} der er i gang. Scoren fastsættes ud fra indikatorens ordlyd. Bedømmelsen er foretaget som led i det driftsorienterede tilsyn.`,
    );
  } else {
    afsnit.push(`Socialtilsynet har ikke kunnet opgøre en andel for indikator 1.b ${paa}, da ingen indgår i grundlaget.`);
  }

  // 2. Tallene: borgere og børn hver for sig.
  const tal: string[] = [];
  const b = r.borgere;
  const c = r.boern;
  if (b.grundlag > 0) {
    tal.push(`Socialtilsynet har lagt vægt på, at ${b.taeller} af ${borgereOrd(b.grundlag)} (${procentTekst(b.taeller, b.grundlag)}) er i ${I_GANG}.`);
    const fordelt = fordeling(r.grupper.filter((g) => g.rolle === 'borger' && g.udfald === 'taeller'));
    if (fordelt) tal.push(`Heraf er ${fordelt}.`);
  } else if (c.grundlag === 0) {
    tal.push('Der er ingen borgere i grundlaget.');
  }
  if (c.grundlag > 0) {
    tal.push(
      `${b.grundlag > 0 ? 'Af' : 'Socialtilsynet har lagt vægt på, at af'} ${boernOrd(c.grundlag)} er ${c.taeller} (${procentTekst(c.taeller, c.grundlag)}) i dag- eller grundskoletilbud uden for tilbuddet eller i uddannelse.`,
    );
    if (b.grundlag > 0) tal.push(MAADE[r.laesninger['boern-og-voksne']](r));
  }
  afsnit.push(tal.join(' '));

  // 3. Hver gruppe, der ikke tæller med, er udeladt eller tæller efter en særlig regel.
  const grupper = r.grupper
    .map((g) => gruppeSaetning(g))
    .filter((s): s is string => s !== null)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  // Førtidspension: vejledningen anbefaler, at det ikke påvirker bedømmelsen; det siges tydeligt.
  const ftp = r.personer.filter((p) => p.udfald !== 'udelades' && (p.regel === 'foertidspension' || p.ekstraRegler.includes('foertidspension'))).length;
  if (ftp > 0) {
    grupper.push(
      `${borgereOrd(ftp)} modtager førtidspension. Socialtilsynet har ikke ladet det påvirke bedømmelsen; ${ftp === 1 ? 'vedkommende er' : 'de er'} bedømt som andre borgere.`,
    );
  }
  if (grupper.length > 0) afsnit.push(grupper.join(' '));

  // 4. De læsninger, der afgør scoren, i én sætning.
  const alt = alternativer;
  const afgoer = afgoerendeLaesninger(alt);
  if (afgoer.length > 0) {
    const led = afgoer.map((id: LaesningId) => valg(id, r.laesninger[id]).udkast);
    afsnit.push(`Socialtilsynet har i bedømmelsen lagt til grund, at ${liste(led)}.`);
  }

  return afsnit.join('\n\n');
}
