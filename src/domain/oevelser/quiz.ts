/**
 * Quizzen om indikator 1.b: spørgsmålene er data (content/data/quiz-1b.json); facit regnes af motoren
 * under de valgte læsninger. Et svar, som en anden læsning giver, er "forsvarligt – med en anden
 * læsning". Svarmulighederne er de samme faste formuleringer for alle spørgsmål af en slags, så intet
 * svar kan kendes på længde eller tone.
 */
import {
  LAESNING_VALG,
  STANDARD_LAESNINGER,
  UDFALD_NAVNE,
  baandFor,
  gaelderFor,
  scoreFor,
  vurderPerson,
  type LaesningId,
  type Laesninger,
  type Person,
  type RegelId,
  type Score,
  type Tilbudstype,
  type Udfald,
} from '../indikator1b/index.ts';
import { UDFALD, bedoemUdfald, type Status } from './bedoem.ts';
import { bland, generator } from './blanding.ts';

export interface QuizTilbud {
  id: string;
  navn: string;
  tilbudstype: Tilbudstype;
  beskrivelse?: string;
}

/** Et spørgsmål, som øen får det: henvisninger til eksemplerne er slået op på serveren. */
export type QuizSpoergsmaal =
  | { id: string; type: 'person'; forklaring: string; tilbud: QuizTilbud; person: Person }
  | { id: string; type: 'gaelder'; forklaring: string; tilbud: QuizTilbud }
  | { id: string; type: 'score'; forklaring: string; spoergsmaal: string; taeller: number; grundlag: number; svar: Score[] };

export interface Mulighed {
  id: string;
  tekst: string;
}

function stor(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function muligheder(q: QuizSpoergsmaal): Mulighed[] {
  if (q.type === 'person') return UDFALD.map((u) => ({ id: u, tekst: stor(UDFALD_NAVNE[u]) }));
  if (q.type === 'gaelder') {
    return [
      { id: 'ja', tekst: 'Ja, indikator 1.b bedømmes' },
      { id: 'nej', tekst: 'Nej, indikator 1.b bedømmes ikke' },
    ];
  }
  return q.svar.map((s) => ({ id: `score-${s}`, tekst: `Score ${s}` }));
}

export interface QuizBedoemmelse {
  status: Status;
  /** Svaret under sitets valgte læsninger. */
  facit: string;
  /** Den anden læsning og dens valg, som svaret svarer til (ved "forsvarligt"). */
  anden: { laesning: LaesningId; valg: string } | null;
  /** Den læsning, der afgør spørgsmålet, og sitets valg (null, når ingen læsning gør). */
  laesning: { laesning: LaesningId; valg: string } | null;
  regel: RegelId | null;
  ekstraRegler: RegelId[];
}

export function bedoemQuiz(q: QuizSpoergsmaal, svar: string, laesninger: Laesninger = STANDARD_LAESNINGER): QuizBedoemmelse {
  if (q.type === 'person') {
    const b = bedoemUdfald(q.person, q.tilbud.tilbudstype, svar as Udfald, laesninger);
    const v = vurderPerson(q.person, q.tilbud.tilbudstype, laesninger);
    const afg = b.facit.laesning ?? b.mulige.find((m) => !m.valgt)?.laesning ?? null;
    return {
      status: (UDFALD as readonly string[]).includes(svar) ? b.status : 'forkert',
      facit: b.facit.udfald,
      anden: b.anden && b.anden.laesning && b.anden.valg ? { laesning: b.anden.laesning, valg: b.anden.valg } : null,
      laesning: afg ? { laesning: afg, valg: laesninger[afg] } : null,
      regel: v.regel,
      ekstraRegler: v.ekstraRegler,
    };
  }
  if (q.type === 'gaelder') {
    const facit = gaelderFor(q.tilbud.tilbudstype) ? 'ja' : 'nej';
    return { status: svar === facit ? 'rigtigt' : 'forkert', facit, anden: null, laesning: null, regel: 'gaelder-ikke', ekstraRegler: [] };
  }
  const score = (l: Laesninger) => `score-${scoreFor(q.taeller, q.grundlag, baandFor(l))}`;
  const facit = score(laesninger);
  const laesning = { laesning: 'graenser' as const, valg: laesninger.graenser };
  if (svar === facit) return { status: 'rigtigt', facit, anden: null, laesning, regel: null, ekstraRegler: [] };
  for (const v of LAESNING_VALG.graenser) {
    if (v === laesninger.graenser) continue;
    if (score({ ...laesninger, graenser: v }) === svar) {
      return { status: 'forsvarligt', facit, anden: { laesning: 'graenser', valg: v }, laesning, regel: null, ekstraRegler: [] };
    }
  }
  return { status: 'forkert', facit, anden: null, laesning, regel: null, ekstraRegler: [] };
}

/** Spørgsmålene og hvert spørgsmåls svarmuligheder i blandet rækkefølge ud fra frøet. */
export function blandQuiz(spoergsmaal: readonly QuizSpoergsmaal[], froe: number): { q: QuizSpoergsmaal; muligheder: Mulighed[] }[] {
  const tilfaeldig = generator(froe);
  return bland(spoergsmaal, tilfaeldig).map((q) => ({ q, muligheder: bland(muligheder(q), tilfaeldig) }));
}

/** Spørgsmålene fra quizdataene med personer og tilbud slået op i eksemplerne. Kaster, hvis en henvisning mangler. */
export function slaaOpQuiz(
  data: readonly (
    | { id: string; type: 'person'; forklaring: string; scenarie: string; person: string }
    | { id: string; type: 'gaelder'; forklaring: string; scenarie: string }
    | { id: string; type: 'score'; forklaring: string; spoergsmaal: string; taeller: number; grundlag: number; svar: number[] }
  )[],
  scenarier: readonly { id: string; data: { navn: string; tilbudstype: Tilbudstype; beskrivelse?: string; personer: Person[] } }[],
): QuizSpoergsmaal[] {
  const tilbud = (id: string, qid: string): QuizTilbud & { personer: Person[] } => {
    const s = scenarier.find((x) => x.id === id);
    if (!s) throw new Error(`Quizspørgsmålet ${qid} henviser til eksemplet ${id}, som ikke findes`);
    return { id, navn: s.data.navn, tilbudstype: s.data.tilbudstype, beskrivelse: s.data.beskrivelse, personer: s.data.personer };
  };
  return data.map((q): QuizSpoergsmaal => {
    if (q.type === 'score') return { ...q, svar: q.svar as Score[] };
    const { personer, ...t } = tilbud(q.scenarie, q.id);
    if (q.type === 'gaelder') return { id: q.id, type: 'gaelder', forklaring: q.forklaring, tilbud: t };
    const person = personer.find((p) => p.id === q.person);
    if (!person) throw new Error(`Quizspørgsmålet ${q.id} henviser til personen ${q.person}, som ikke findes i ${q.scenarie}`);
    return { id: q.id, type: 'person', forklaring: q.forklaring, tilbud: t, person };
  });
}
