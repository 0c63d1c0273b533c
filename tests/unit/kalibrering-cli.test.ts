import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROD = join(import.meta.dirname, '../..');
const CLI = join(ROD, 'src/cli/kalibrering.ts');
const mappe = mkdtempSync(join(tmpdir(), 'kalibrering-cli-'));
const lyset = JSON.parse(readFileSync(join(ROD, 'content/scenarier/krisecenter-109-lyset.json'), 'utf8'));
const broen = JSON.parse(readFileSync(join(ROD, 'content/scenarier/behandling-101-broen.json'), 'utf8'));

function fil(navn: string, indhold: unknown): string {
  const sti = join(mappe, navn);
  writeFileSync(sti, typeof indhold === 'string' ? indhold : JSON.stringify(indhold));
  return sti;
}
function resultat(deltager: string, s: { personer: { id: string }[] }, svar: (i: number) => string, score: number | null) {
  return { format: 'tema1-kalibrering', version: 1, scenarie: s, deltager, svar: Object.fromEntries(s.personer.map((p, i) => [p.id, svar(i)])), score };
}
function koer(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROD, encoding: 'utf8', timeout: 30_000 });
  return { kode: r.status, ud: r.stdout, fejl: r.stderr };
}

const A = fil(
  'a.json',
  resultat('A', lyset, () => 'taeller', 4),
);
const B = fil(
  'b.json',
  resultat('B', lyset, (i) => (i === 0 ? 'taeller-ikke' : 'taeller'), 3),
);
const C = fil(
  'c.json',
  resultat('C', lyset, (i) => (i === 0 ? 'udelades' : 'taeller'), null),
);

describe('kalibrering-CLI', () => {
  it('udskriver JSON med den aftalte form', () => {
    const r = koer(A, B, C, '--json');
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.ud);
    expect(Object.keys(j)).toEqual(['deltagere', 'personer', 'fleissKappa', 'scorer']);
    expect(j.deltagere).toBe(3);
    expect(j.personer[0]).toEqual({ id: 'k1', fordeling: { taeller: 1, 'taeller-ikke': 1, udelades: 1 }, enighed: 0 });
    expect(j.personer[1]).toEqual({ id: 'k2', fordeling: { taeller: 3, 'taeller-ikke': 0, udelades: 0 }, enighed: 1 });
    // P̄ = 0,9; p = (28, 1, 1)/30; P̄e = (784 + 1 + 1)/900; κ = (0,9 − P̄e)/(1 − P̄e).
    const pe = 786 / 900;
    expect(j.fleissKappa).toBeCloseTo((0.9 - pe) / (1 - pe), 10);
    expect(j.scorer).toEqual({ '1': 0, '2': 0, '3': 1, '4': 1, '5': 0 });
  });

  it.each([
    ['en ødelagt fil', () => [A, fil('oedelagt.json', '{"format":')], /oedelagt\.json: kunne ikke læses/],
    [
      'et andet tilbud',
      () => [
        A,
        fil(
          'broen.json',
          resultat('X', broen, () => 'taeller', 3),
        ),
      ],
      /broen\.json: hører til et andet tilbud/,
    ],
    [
      'en ændret udgave',
      () => [
        A,
        fil(
          'aendret.json',
          resultat('Y', { ...lyset, personer: lyset.personer.map((p: object, i: number) => (i === 0 ? { ...p, alder: 35 } : p)) }, () => 'taeller', 3),
        ),
      ],
      /aendret\.json: hører til en ændret udgave/,
    ],
    [
      'en ukendt person',
      () => [A, fil('ukendt.json', { ...resultat('Z', lyset, () => 'taeller', 3), svar: { ...resultat('Z', lyset, () => 'taeller', 3).svar, zz: 'taeller' } })],
      /ukendt\.json: har et svar for en person, der ikke er i tilbuddet/,
    ],
    [
      'en person uden svar',
      () => [A, fil('mangler.json', { ...resultat('W', lyset, () => 'taeller', 3), svar: { k1: 'taeller' } })],
      /mangler\.json: mangler svar for Amira/,
    ],
    ['ingen filer', () => [], /mangler resultatfiler/],
  ])('afviser %s med exitkode 2 og en dansk besked uden stakspor', (_n, args, besked) => {
    const r = koer(...(args as () => string[])());
    expect(r.kode).toBe(2);
    expect(r.fejl).toMatch(besked);
    expect(r.fejl).not.toMatch(/^\s+at /m);
  });
});
