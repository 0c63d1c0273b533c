/**
 * Omskrivningen af søgeord (src/soegning/omskriv.ts), som søgefeltet giver Pagefind UI som processTerm,
 * og dataene i content/data/soegeord-synonymer.json. Rangeringen måles i tests/browser/soegeord.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { omskrivSoegning, type Soegeregler } from '../../src/soegning/omskriv.ts';
import { soegeordSkema } from '../../src/schemas/soegning.ts';
import data from '../../content/data/soegeord-synonymer.json' with { type: 'json' };

describe('omskrivSoegning med sitets data', () => {
  it.each([
    ['paragraf 103', '§ 103'],
    ['Paragraf 104', '§ 104'],
    ['pgf. 110', '§ 110'],
    ['§110', '§ 110'],
    ['§§ 107', '§ 107'],
    ['pensionist', 'folkepension'],
    ['Tæller pensionister med?', 'tæller folkepension med'],
    ['førtidspensionist', 'førtidspension'],
    ['værksted', 'værksteder'],
    ['eget værksted', 'værksteder egne aktiviteter'],
    ['tæller egen værksted med', 'tæller værksteder egne aktiviteter med'],
    ['beskyttet værksted', '§ 103 beskyttet beskæftigelse'],
    ['beskyttede værksteder', '§ 103 beskyttet beskæftigelse'],
    ['borger indlagt på hospital', 'borger midlertidigt fraværende på'],
    ['herberg', 'forsorgshjem'],
  ])('"%s" søges som "%s"', (ind, ud) => {
    expect(omskrivSoegning(ind)).toBe(ud);
  });

  it('lader ord, den ikke kender, stå (med små bogstaver)', () => {
    expect(omskrivSoegning('Dalhoffsminde')).toBe('dalhoffsminde');
    expect(omskrivSoegning('indikator 1.b')).toBe('indikator 1.b');
    expect(omskrivSoegning('§ 104')).toBe('§ 104');
  });

  it('"paragraf" uden tal bagefter og fyldord alene bliver stående', () => {
    expect(omskrivSoegning('paragraf')).toBe('paragraf');
    expect(omskrivSoegning('jeg')).toBe('jeg');
    expect(omskrivSoegning('hvad kan jeg bruge')).toBe('hvad kan bruge');
  });

  it('en tom søgning forbliver tom', () => {
    expect(omskrivSoegning('   ')).toBe('   ');
  });
});

describe('omskrivSoegning læser reglerne fra data', () => {
  const regler: Soegeregler = {
    paragrafOrd: ['stykke'],
    fyldord: ['bare'],
    erstatninger: [
      { fra: ['kat', 'mis'], til: 'kat dyr' },
      { fra: ['sort kat'], til: 'panter' },
    ],
  };
  it('bruger de givne regler: længste vending først, fyldord væk, ingen dubletter', () => {
    expect(omskrivSoegning('stykke 3', regler)).toBe('§ 3');
    expect(omskrivSoegning('bare en sort kat', regler)).toBe('en panter');
    expect(omskrivSoegning('mis kat', regler)).toBe('kat dyr');
    expect(omskrivSoegning('paragraf 3', regler)).toBe('paragraf 3');
  });
});

describe('content/data/soegeord-synonymer.json', () => {
  it('følger skemaet', () => {
    const res = soegeordSkema.safeParse(data);
    expect(res.success, res.success ? '' : JSON.stringify(res.error.issues)).toBe(true);
  });
  it('skemaet afviser et ord, der står i to erstatninger', () => {
    const dobbelt = { ...data, erstatninger: [...data.erstatninger, { fra: ['pensionist'], til: 'noget andet' }] };
    expect(soegeordSkema.safeParse(dobbelt).success).toBe(false);
  });
  it('rummer eksemplerne fra issue 11', () => {
    const fra = new Set(data.erstatninger.flatMap((e) => e.fra));
    for (const o of ['pensionist', 'værksted', 'beskyttet værksted']) expect(fra.has(o), o).toBe(true);
    expect(data.paragrafOrd).toContain('paragraf');
  });
});
