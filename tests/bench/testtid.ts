/**
 * npm run bench -- --testtid [REF]: måler, hvor lang tid `npm test` tager nu og i en tidligere
 * version (REF, som standard c01f44b, hvor opgaven om "ét hjem for hver regel" blev skrevet), på
 * samme maskine og i samme kørsel. Begge versioner klones rent til en midlertidig mappe og får
 * `npm ci`; derefter køres `npm test` i dem efter hinanden. Udskriver begge tider og forholdet.
 *
 * Tager lang tid (to fulde testkørsler). Kør den på en maskine, der ellers ikke laver noget.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rod = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();

function klon(ref: string, mappe: string) {
  execFileSync('git', ['clone', '--quiet', rod, mappe]);
  execFileSync('git', ['-C', mappe, 'checkout', '--quiet', ref]);
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: mappe, stdio: 'ignore' });
  if (ci.status !== 0) throw new Error(`npm ci fejlede i ${ref}`);
}

function npmTest(mappe: string): { sekunder: number; ok: boolean } {
  const t0 = performance.now();
  const r = spawnSync('npm', ['test'], { cwd: mappe, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
  return { sekunder: (performance.now() - t0) / 1000, ok: r.status === 0 };
}

export function maalTesttid(gammelRef = 'c01f44b') {
  const nyRef = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: rod, encoding: 'utf8' }).trim();
  const tmp = mkdtempSync(join(tmpdir(), 'testtid-'));
  try {
    klon(gammelRef, join(tmp, 'gammel'));
    klon(nyRef, join(tmp, 'ny'));
    const gammel = npmTest(join(tmp, 'gammel'));
    const ny = npmTest(join(tmp, 'ny'));
    return { gammelRef, nyRef, gammel, ny, forhold: ny.sekunder / gammel.sekunder };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
