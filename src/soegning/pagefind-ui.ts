/**
 * Pagefind UI med sitets omskrivning af søgninger (`processTerm`). Starlights søgeknap importerer
 * '@pagefind/default-ui'; vite-plugin.ts peger den import hertil, så Starlights egen komponent bruges
 * uændret. Her importeres den rigtige pakke, som plugin'et lader være.
 */
// @ts-expect-error Pagefind UI har ingen typer.
import { PagefindUI as PagefindUIGrund } from '@pagefind/default-ui';
import { omskrivSoegning } from './omskriv.ts';

export class PagefindUI extends PagefindUIGrund {
  constructor(opts: Record<string, unknown>) {
    super({ processTerm: omskrivSoegning, ...opts });
  }
}
