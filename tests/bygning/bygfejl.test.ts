/**
 * En bygning med ugyldig frontmatter eller et dødt internt link skal fejle med en besked, der
 * nævner filen og feltet eller linket. Bygger en kladdekopi af projektet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bygKladdekopi, fjernKladdekopi, lavKladdekopi } from '../kladdekopi.ts';

let kopi: string;

beforeAll(() => {
  kopi = lavKladdekopi('.bygfejl-');
});

afterAll(() => fjernKladdekopi(kopi));

const byg = () => bygKladdekopi(kopi);

function aendr(fil: string, fra: string, til: string) {
  const sti = join(kopi, fil);
  const tekst = readFileSync(sti, 'utf8');
  if (!tekst.includes(fra)) throw new Error(`${fil} indeholder ikke ${fra}`);
  writeFileSync(sti, tekst.replace(fra, til));
}

describe('bygningen fejler med en besked, der peger på fejlen', () => {
  it('ugyldig frontmatter: filen og feltet nævnes', () => {
    aendr('content/docs/vejledning/temaet.md', 'indholdstype: vejledning', 'indholdstype: vejleding');
    const { kode, ud } = byg();
    aendr('content/docs/vejledning/temaet.md', 'indholdstype: vejleding', 'indholdstype: vejledning');
    expect(kode).not.toBe(0);
    expect(ud).toMatch(/vejledning\/temaet\.md/);
    expect(ud).toMatch(/indholdstype/);
    // Zods egen besked er på dansk (src/schemas/zod.ts), ikke "Invalid option".
    expect(ud).toMatch(/Ugyldigt valg/);
  });

  it('dødt internt link: filen og linket nævnes', () => {
    aendr('content/docs/vejledning/temaet.md', '](/vejledning/', '](/vejledning/findes-ikke/');
    const { kode, ud } = byg();
    expect(kode).not.toBe(0);
    expect(ud).toMatch(/vejledning\/temaet\.md/);
    expect(ud).toMatch(/\/vejledning\/findes-ikke\//);
  });
});
