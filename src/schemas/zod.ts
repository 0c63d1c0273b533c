/**
 * Zod med danske standardbeskeder (Zods egen danske oversættelse), så en fejl i en datafil eller i en
 * sides frontmatter også er på dansk, hvor et skema ikke har sin egen besked. Alle skemaer henter `z`
 * herfra. (`astro/zod` er den samme Zod-pakke, så indstillingen gælder også indholdssamlingerne.)
 */
import { z } from 'zod';

z.config(z.locales.da());

export { z };
