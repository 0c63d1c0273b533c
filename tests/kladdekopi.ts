/**
 * En kladdekopi af projektet til tests og benchmarks, der skal bygge en ændret udgave af sitet.
 * Kopien ligger i projektmappen (ignoreret af git), så Node finder projektets node_modules ved at gå opad.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const PROJEKTFILER = ['src', 'content', 'public', 'astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json'];

export function lavKladdekopi(praefiks: '.bygfejl-' | '.bench-'): string {
  const kopi = mkdtempSync(join(process.cwd(), praefiks));
  for (const navn of PROJEKTFILER) if (existsSync(navn)) cpSync(navn, join(kopi, navn), { recursive: true });
  return kopi;
}

export function fjernKladdekopi(kopi: string | undefined) {
  if (kopi) rmSync(kopi, { recursive: true, force: true });
}

/** Bygger kopien med projektets Astro; returnerer afslutningskoden og al udskrift uden farvekoder. */
export function bygKladdekopi(kopi: string): { kode: number | null; ud: string } {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', kopi], { encoding: 'utf8' });
  return { kode: r.status, ud: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
}
