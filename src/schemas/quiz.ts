/**
 * Skema for quizzen om indikator 1.b (content/data/quiz-1b.json, samlingen "quiz"). Spørgsmål om en
 * person peger på en person i et af eksemplerne (content/scenarier), så personens fakta er de samme i
 * gennemgangen og quizzen; en enhedstest kræver, at henvisningerne findes.
 */
import { z } from './zod.ts';

const tekst = z.string().min(1);
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const faelles = {
  id: tekst,
  /** Kort forklaring med sitets egne ord; reglen og læsningerne kommer fra motoren. */
  forklaring: tekst,
};

export const quizSpoergsmaalSkema = z.discriminatedUnion('type', [
  z.strictObject({ ...faelles, type: z.literal('person'), scenarie: tekst, person: tekst }),
  z.strictObject({ ...faelles, type: z.literal('gaelder'), scenarie: tekst }),
  z
    .strictObject({
      ...faelles,
      type: z.literal('score'),
      spoergsmaal: tekst,
      taeller: z.int().min(0),
      grundlag: z.int().min(1),
      svar: z.array(score).min(2),
    })
    .refine((q) => q.taeller <= q.grundlag, { message: 'taeller må ikke være større end grundlag', path: ['taeller'] }),
]);

export type QuizSpoergsmaalData = z.infer<typeof quizSpoergsmaalSkema>;
