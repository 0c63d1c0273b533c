/**
 * Første spørgsmål i gennemgangen: hvad er det, personen er i gang med? Svarmulighederne er de slags
 * forløb, reglerne skelner mellem, plus "intet" og "uklart". Hvilken slags et forløb er, læses af
 * motorens regel for forløbet (vurderPerson), så inddelingen følger reglerne og ikke står to steder.
 */
import { vurderPerson, type Forloeb, type Kategori, type Person, type RegelId } from '../indikator1b/index.ts';

export const KLASSER = [
  'ordinaer',
  'saerlig-uddannelse',
  'saerlig-beskaeftigelse',
  'samvaer-aktivitet',
  'andet-saerligt',
  'dag-grundskole',
  'egen-aktivitet',
  'intet',
  'uklart',
] as const;
export type Klasse = (typeof KLASSER)[number];

export const KLASSE_NAVNE: Record<Klasse, string> = {
  ordinaer: 'Almindelig uddannelse eller almindeligt job',
  'saerlig-uddannelse': 'Særligt uddannelsestilbud, fx STU, specialundervisning for voksne eller VEU',
  'saerlig-beskaeftigelse': 'Særligt beskæftigelsestilbud, fx beskyttet beskæftigelse efter § 103',
  'samvaer-aktivitet': 'Samværs- og aktivitetstilbud efter § 104',
  'andet-saerligt': 'Et andet særligt tilbud med hjemmel i lovgivningen',
  'dag-grundskole': 'Dagtilbud eller grundskole',
  'egen-aktivitet': 'Tilbuddets egen aktivitet',
  intet: 'Ingen af delene – personen er ikke i noget',
  uklart: 'Uklart – det skal undersøges hos tilbuddet',
};

/** Den regel, motoren bruger om et forløb for en borger, oversat til en slags. */
const REGEL_KLASSE: Partial<Record<RegelId, Klasse>> = {
  ordinaer: 'ordinaer',
  'saerlig-uddannelse': 'saerlig-uddannelse',
  'saerlig-beskaeftigelse': 'saerlig-beskaeftigelse',
  'samvaer-aktivitet': 'samvaer-aktivitet',
  'andet-saerligt': 'andet-saerligt',
  'voksen-dag-grundskole': 'dag-grundskole',
  'egen-aktivitet': 'egen-aktivitet',
};

/** Slagsen af en kategori, som motoren læser den for en borger uden fravær. */
export function klasseFor(kategori: Kategori): Klasse {
  const forloeb: Forloeb = kategori === 'andet-saerligt-tilbud' ? { kategori, hjemmel: '-' } : { kategori };
  const v = vurderPerson({ id: 'x', navn: 'x', rolle: 'borger', forloeb: [forloeb] });
  const k = REGEL_KLASSE[v.regel];
  if (!k) throw new Error(`Kategorien ${kategori} giver reglen ${v.regel}, som ingen slags har`);
  return k;
}

/** Et forløb, hvor beskrivelsen ikke afgør sagen (feltet "afklares" siger, hvad der skal undersøges). */
export function erUklart(person: Person): boolean {
  return person.forloeb.some((f) => f.afklares !== undefined);
}

export type KlasseStatus = 'rigtigt' | 'forkert';

export interface KlasseBedoemmelse {
  status: KlasseStatus;
  /** De svar, der er rigtige for personen. */
  rigtige: Klasse[];
  /** Hvert forløb med sin slags (til forklaringen). */
  forloeb: { forloeb: Forloeb; klasse: Klasse }[];
}

/**
 * Rigtige svar: "uklart", når et forløb skal afklares hos tilbuddet; ellers slagsen af hvert af
 * personens forløb (et af dem er nok), eller "intet", når personen ikke er i noget.
 */
export function bedoemKlasse(person: Person, svar: Klasse): KlasseBedoemmelse {
  const forloeb = person.forloeb.map((f) => ({ forloeb: f, klasse: klasseFor(f.kategori) }));
  let rigtige: Klasse[];
  if (erUklart(person)) rigtige = ['uklart'];
  else if (forloeb.length === 0) rigtige = ['intet'];
  else rigtige = [...new Set(forloeb.map((f) => f.klasse))];
  return { status: rigtige.includes(svar) ? 'rigtigt' : 'forkert', rigtige, forloeb };
}
