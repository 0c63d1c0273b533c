/**
 * En bygning med ugyldig frontmatter eller et dødt internt link skal fejle med en besked, der
 * nævner filen og feltet eller linket. Bygger en kladdekopi af projektet.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let kopi: string;

beforeAll(() => {
  // Kopien ligger i projektmappen, så Node finder projektets node_modules ved at gå opad.
  kopi = mkdtempSync(join(process.cwd(), '.bygfejl-'));
  for (const navn of ['src', 'content', 'public', 'astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json']) {
    try {
      cpSync(navn, join(kopi, navn), { recursive: true });
    } catch {
      /* public/ kan mangle */
    }
  }
});

afterAll(() => {
  if (kopi) rmSync(kopi, { recursive: true, force: true });
});

function byg() {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', kopi], { encoding: 'utf8' });
  return { kode: r.status, ud: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

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
  });

  it('dødt internt link: filen og linket nævnes', () => {
    aendr('content/docs/vejledning/temaet.md', '](/vejledning/', '](/vejledning/findes-ikke/');
    const { kode, ud } = byg();
    expect(kode).not.toBe(0);
    expect(ud).toMatch(/vejledning\/temaet\.md/);
    expect(ud).toMatch(/\/vejledning\/findes-ikke\//);
  });
});
