import { z } from './zod.ts';
import { harLinjenummer, LINJENUMMER_BESKED } from '../utils/kildehenvisning.ts';
import { KILDE_IDER } from './lister.ts';

/**
 * En kildehenvisning, som læseren ser den: publikation (id i kilder.json) og afsnittets overskrift.
 * Ét skema for sidernes `kilder` (indhold.ts), begrebslisten og lovoversigtens poster (lovgivning.ts,
 * der lægger kildens dato til). `linjer` er linjenumre i projektets tekstkopier af kilderne
 * (../shared/seeds): kun til vedligeholdere, sitet viser dem aldrig. tests/unit/kildehenvisninger.test.ts
 * holder linjenumre ude af `afsnit`.
 *
 * Almindelig zod (ikke astro/zod), så CLI'en og link-pluginet kan bruge skemaet uden Astro; astro/zod er
 * den samme zod-pakke, så indholdsskemaerne kan bygge videre på det.
 */
export const kildeHenvisning = z.object({
  dokument: z.enum(KILDE_IDER),
  /** Afsnittets overskrift i kilden, som en læser kan slå op. Aldrig linjenumre (se `linjer`). */
  afsnit: z
    .string()
    .min(1)
    .refine((s) => !harLinjenummer(s), LINJENUMMER_BESKED),
  /** Linjenumre i projektets tekstkopi af kilden: kun til vedligeholdere, vises aldrig på sitet. */
  linjer: z.string().optional(),
});
