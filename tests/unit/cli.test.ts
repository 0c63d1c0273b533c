import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROD = join(import.meta.dirname, '../..');
const CLI = join(ROD, 'src/cli/score.ts');
const FEJL = 'tests/fixtures/scenarier-fejl';

function koer(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROD, encoding: 'utf8', timeout: 30_000 });
  return { kode: r.status, ud: r.stdout, fejl: r.stderr };
}

function ingenStakspor(tekst: string) {
  expect(tekst).not.toMatch(/^\s+at /m);
  expect(tekst).not.toMatch(/node:internal|Error:/);
}

describe('score-CLI', () => {
  it('udskriver JSON med den aftalte form', () => {
    const r = koer('content/scenarier/krisecenter-109-lyset.json', '--json');
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.ud);
    expect(Object.keys(j)).toEqual(['gaelder', 'taeller', 'grundlag', 'udeladt', 'andel', 'score', 'personer', 'borgere', 'boern']);
    expect(typeof j.gaelder).toBe('boolean');
    expect(Number.isInteger(j.taeller) && Number.isInteger(j.grundlag) && Number.isInteger(j.udeladt)).toBe(true);
    expect(j.andel === null || typeof j.andel === 'number').toBe(true);
    expect([1, 2, 3, 4, 5, null]).toContain(j.score);
    expect(j).toMatchObject({ taeller: 6, grundlag: 10, score: 3 });
    for (const p of j.personer) {
      expect(Object.keys(p)).toEqual(['id', 'taeller', 'udeladt', 'regel']);
      expect(typeof p.id).toBe('string');
      expect(typeof p.taeller).toBe('boolean');
      expect(typeof p.udeladt).toBe('boolean');
      expect(typeof p.regel).toBe('string');
    }
    expect(j.borgere).toMatchObject({ taeller: 3, grundlag: 4, udeladt: 0 });
    expect(j.boern).toMatchObject({ taeller: 3, grundlag: 6, score: 3 });
  });

  it('JSON for et tilbud, hvor 1.b ikke gælder', () => {
    const r = koer('--json', 'content/scenarier/efterskole-43-1-7-bakkely.json');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.ud)).toMatchObject({ gaelder: false, score: null, andel: null });
  });

  it('udskriver vurderinger, regler, links og udkast på dansk', () => {
    const r = koer('content/scenarier/botilbud-108-solsikken.json');
    expect(r.kode).toBe(0);
    expect(r.ud).toContain('Ejnar (p1, borger): indgår ikke i grundlaget');
    expect(r.ud).toContain('/vejledning/indikator-1b/#borgere-paa-folkepension');
    expect(r.ud).toContain('Tilbuddets egne aktiviteter tæller ikke');
    expect(r.ud).toContain('Foreslået score: 4');
    expect(r.ud).toContain('Udkast til bedømmelse:');
    expect(r.ud).toContain('modtager folkepension');
  });

  const tilfaelde: [string, RegExp][] = [
    ['ugyldig-json.json', /ugyldig-json\.json: ugyldig JSON i linje 4, kolonne 3/],
    ['ukendt-kategori.json', /ukendt-kategori\.json: personer\[2\]\.forloeb\[0\]\.kategori: ukendt kategori "kursus"\. Tilladte værdier: /],
    ['negative-timer.json', /negative-timer\.json: personer\[1\]\.forloeb\[0\]\.timerPrUge: må ikke være negativ \(fik -3\)/],
    ['dublet-id.json', /dublet-id\.json: personer\[3\]\.id: id'et "p2" bruges allerede af personer\[1\]/],
    ['mangler-felt.json', /mangler-felt\.json: navn: mangler feltet "navn"/],
  ];

  it('har en fejlfil for hvert tilfælde', () => {
    expect(readdirSync(join(ROD, FEJL)).sort()).toEqual(tilfaelde.map(([f]) => f).sort());
  });

  it.each(tilfaelde)('%s: exitkode 2 og dansk besked med fil og felt', (fil, besked) => {
    for (const args of [[`${FEJL}/${fil}`], [`${FEJL}/${fil}`, '--json']]) {
      const r = koer(...args);
      expect(r.kode).toBe(2);
      expect(r.ud).toBe('');
      expect(r.fejl).toMatch(besked);
      ingenStakspor(r.fejl);
    }
  });

  it.each([
    [['findes/ikke.json'], /findes\/ikke\.json: filen findes ikke/],
    [['tests/fixtures'], /tests\/fixtures: det er en mappe/],
    [[], /mangler en scenariefil/],
    [['--foo', 'content/scenarier/krisecenter-109-lyset.json'], /ukendt tilvalg "--foo"/],
    [['a.json', 'b.json'], /for mange argumenter/],
  ])('%j: exitkode 2 og dansk besked', (args, besked) => {
    const r = koer(...args);
    expect(r.kode).toBe(2);
    expect(r.fejl).toMatch(besked);
    ingenStakspor(r.fejl);
  });
});
