import { describe, expect, it } from 'vitest';
import {
  LAGER_NOEGLE,
  fjernIkkeGaeldende,
  harUrlTilstand,
  laesFraLager,
  laesFraUrl,
  laesTilbudFraUrl,
  skrivTilLager,
  skrivTilUrl,
  tomTilstand,
  type VaerktoejsTilstand,
} from '../../src/domain/kvalitetsmodel/tilstand.ts';
import { beregnGennemsnit } from '../../src/domain/kvalitetsmodel/gennemsnit.ts';
import eksempelprofil from '../../content/data/eksempelprofil-spindelvaev.json' with { type: 'json' };

const eksempel: VaerktoejsTilstand = {
  tilbud: 'sel-110',
  privatMedBestyrelse: true,
  tilstand: 'godkendelse',
  scorer: { '1.a': 4, '1.b': 3, '2.a': 5, '8.c': 2 },
  godkendelse: { '1.a': 'ja', '2.b': 'nej' },
};

describe('URL-tilstand', () => {
  it('læser det dokumenterede eksempel uden beskeder', () => {
    const r = laesFraUrl('?tilbud=sel-110&bestyrelse=ja&tilstand=drift&s=1.a:4,1.b:3,2.a:5');
    expect(r.beskeder).toEqual([]);
    expect(r.tilstand).toEqual({
      tilbud: 'sel-110',
      privatMedBestyrelse: true,
      tilstand: 'drift',
      scorer: { '1.a': 4, '1.b': 3, '2.a': 5 },
      godkendelse: {},
    });
  });

  it('skriver og læser den samme tilstand (rundtur), uden standardværdier', () => {
    const url = skrivTilUrl(eksempel);
    expect(url).toBe('?tilbud=sel-110&bestyrelse=ja&tilstand=godkendelse&s=1.a:4,1.b:3,2.a:5,8.c:2&g=1.a:ja,2.b:nej');
    expect(laesFraUrl(url)).toEqual({ tilstand: eksempel, beskeder: [] });
    expect(skrivTilUrl(tomTilstand())).toBe('');
    expect(skrivTilUrl({ ...tomTilstand(), tilbud: 'sel-107' })).toBe('?tilbud=sel-107');
  });

  it('en score på 7 ignoreres med en dansk besked, der nævner værdien', () => {
    const r = laesFraUrl('?tilbud=sel-108&s=1.a:4,1.b:7');
    expect(r.tilstand.scorer).toEqual({ '1.a': 4 });
    expect(r.beskeder).toEqual(['Scoren for 1.b er »7«; den skal være et helt tal fra 1 til 5. Værdien er ignoreret.']);
  });

  it('bogstaver, decimaltal, 0 og negative tal ignoreres', () => {
    const r = laesFraUrl('?tilbud=sel-108&s=1.a:x,1.b:3.5,2.a:0,2.b:-2,2.c:4');
    expect(r.tilstand.scorer).toEqual({ '2.c': 4 });
    expect(r.beskeder).toHaveLength(4);
    expect(r.beskeder[0]).toBe('Scoren for 1.a er »x«; den skal være et helt tal fra 1 til 5. Værdien er ignoreret.');
    expect(r.beskeder[1]).toMatch(/»3\.5«/);
  });

  it('en manglende score (tomt eller uden kolon) giver en besked', () => {
    const r = laesFraUrl('?tilbud=sel-108&s=1.a:,1.b');
    expect(r.tilstand.scorer).toEqual({});
    expect(r.beskeder).toEqual([
      'Scoren for 1.a er tom; den skal være et helt tal fra 1 til 5. Værdien er ignoreret.',
      'Scoren for 1.b er tom; den skal være et helt tal fra 1 til 5. Værdien er ignoreret.',
    ]);
  });

  it('et ukendt indikator-id ignoreres', () => {
    const r = laesFraUrl('?tilbud=sel-108&s=1.z:3,99.a:2,1.a:5');
    expect(r.tilstand.scorer).toEqual({ '1.a': 5 });
    expect(r.beskeder).toEqual([
      '»1.z« er ikke en indikator i kvalitetsmodellen. Scoren er ignoreret.',
      '»99.a« er ikke en indikator i kvalitetsmodellen. Scoren er ignoreret.',
    ]);
  });

  it('en indikator, der ikke gælder for tilbuddet, ignoreres og kommer ikke i gennemsnittet', () => {
    const r = laesFraUrl('?tilbud=sel-110&s=3.a:4,3.c:1,8.c:1');
    expect(r.tilstand.scorer).toEqual({ '3.a': 4 });
    expect(r.beskeder).toHaveLength(2);
    expect(r.beskeder[0]).toMatch(/^Indikator 3\.c gælder ikke for: Forsorgshjem.*Scoren for 3\.c er ignoreret\.$/);
    expect(r.beskeder[1]).toMatch(/^Indikator 8\.c gælder kun for private tilbud med en bestyrelse\. Scoren for 8\.c er ignoreret\.$/);
    const g = beregnGennemsnit({ tilbudstype: 'sel-110', privatMedBestyrelse: false }, r.tilstand.scorer);
    expect(g.temaer[2].gennemsnit).toBe(4);
  });

  it('en ukendt tilbudstype ignoreres, og så ignoreres scorerne også', () => {
    const r = laesFraUrl('?tilbud=sel-999&s=1.a:4');
    expect(r.tilstand.tilbud).toBeNull();
    expect(r.tilstand.scorer).toEqual({});
    expect(r.beskeder[0]).toBe('Tilbudstypen »sel-999« findes ikke i listen over tilbudstyper. Værdien er ignoreret; vælg en tilbudstype i listen.');
    expect(r.beskeder[1]).toMatch(/ingen gyldig tilbudstype/);
  });

  it('scorer uden tilbudstype ignoreres med en besked', () => {
    const r = laesFraUrl('?s=1.a:4');
    expect(r.tilstand.scorer).toEqual({});
    expect(r.beskeder).toHaveLength(1);
  });

  it('ugyldig bestyrelse, tilstand og godkendelse giver beskeder; gyldige standardværdier bruges', () => {
    const r = laesFraUrl('?tilbud=sel-108&bestyrelse=måske&tilstand=tilsyn&g=1.a:ja,1.b:jo,2.a:nej');
    expect(r.tilstand.privatMedBestyrelse).toBe(false);
    expect(r.tilstand.tilstand).toBe('drift');
    expect(r.tilstand.godkendelse).toEqual({ '1.a': 'ja', '2.a': 'nej' });
    expect(r.beskeder).toEqual([
      'Værdien for bestyrelse er »måske«; den skal være »ja« eller »nej«. Værdien er ignoreret.',
      'Bedømmelsen er »tilsyn«; den skal være »drift« eller »godkendelse«. Driftsorienteret tilsyn er valgt i stedet.',
      'Bedømmelsen ved godkendelse for 1.b er »jo«; den skal være »ja« (forventes at kunne opfylde) eller »nej« (forventes ikke at kunne opfylde). Værdien er ignoreret.',
    ]);
  });

  it('en indikator to gange: kun den første bruges', () => {
    const r = laesFraUrl('?tilbud=sel-108&s=1.a:4,1.a:2');
    expect(r.tilstand.scorer).toEqual({ '1.a': 4 });
    expect(r.beskeder).toEqual(['Indikator 1.a står mere end én gang. Kun den første værdi er læst; de øvrige er ignoreret.']);
  });

  it('meget lange værdier forkortes i beskeden', () => {
    const r = laesFraUrl(`?tilbud=${'x'.repeat(500)}`);
    expect(r.beskeder[0].length).toBeLessThan(200);
  });

  it('laesTilbudFraUrl læser kun tilbud og bestyrelse', () => {
    expect(laesTilbudFraUrl('?tilbud=barnets-lov-43-1-7&bestyrelse=ja&s=1.z:9')).toEqual({
      tilbud: 'barnets-lov-43-1-7',
      privatMedBestyrelse: true,
      beskeder: [],
    });
    expect(laesTilbudFraUrl('?tilbud=nej').beskeder).toHaveLength(1);
  });

  it('harUrlTilstand kender værktøjets parametre', () => {
    expect(harUrlTilstand('')).toBe(false);
    expect(harUrlTilstand('?utm=x')).toBe(false);
    expect(harUrlTilstand('?s=1.a:4')).toBe(true);
    expect(harUrlTilstand('?tilbud=sel-108')).toBe(true);
  });
});

describe('localStorage-tilstand', () => {
  it('har en versioneret nøgle', () => {
    expect(LAGER_NOEGLE).toBe('tema1.spindelvaev.v1');
  });

  it('rundtur gennem JSON med versionsfelt', () => {
    const tekst = skrivTilLager(eksempel);
    expect(JSON.parse(tekst).version).toBe(1);
    expect(laesFraLager(tekst)).toEqual({ tilstand: eksempel, beskeder: [] });
  });

  it('intet gemt: tom tilstand uden beskeder', () => {
    expect(laesFraLager(null)).toEqual({ tilstand: tomTilstand(), beskeder: [] });
  });

  it('ødelagt JSON ignoreres med en dansk besked, uden nedbrud', () => {
    for (const tekst of ['{ikke json', '[1,2]', '"tekst"', 'null', '42']) {
      const r = laesFraLager(tekst);
      expect(r.tilstand).toEqual(tomTilstand());
      expect(r.beskeder).toHaveLength(1);
      expect(r.beskeder[0]).toMatch(/De gemte data i browseren .* ignoreret\./);
    }
  });

  it('en gammel eller ukendt version ignoreres', () => {
    for (const version of [0, 2, '1', undefined]) {
      const r = laesFraLager(JSON.stringify({ version, tilbud: 'sel-108', scorer: { '1.a': 4 } }));
      expect(r.tilstand).toEqual(tomTilstand());
      expect(r.beskeder[0]).toMatch(/anden version af værktøjet/);
    }
  });

  it('ugyldige værdier i det gemte ignoreres enkeltvis', () => {
    const r = laesFraLager(
      JSON.stringify({ version: 1, tilbud: 'sel-108', bestyrelse: 'ja', scorer: { '1.a': 4, '1.b': 7, '1.d': 3, 'x.y': 1, '2.a': '3' }, godkendelse: [] }),
    );
    expect(r.tilstand.scorer).toEqual({ '1.a': 4, '2.a': 3 });
    expect(r.beskeder.some((b) => b.includes('»7«'))).toBe(true);
    expect(r.beskeder.some((b) => b.startsWith('Indikator 1.d gælder kun'))).toBe(true);
    expect(r.beskeder.some((b) => b.includes('»x.y«'))).toBe(true);
    expect(r.beskeder.some((b) => b.includes('bestyrelse'))).toBe(true);
    expect(r.beskeder.some((b) => b.includes('bedømmelser har et ukendt format'))).toBe(true);
  });

  it('eksempelprofilen er gyldig og har mindst én manglende score', () => {
    const r = laesFraLager(JSON.stringify(eksempelprofil));
    expect(r.beskeder).toEqual([]);
    expect(r.tilstand.tilbud).not.toBeNull();
    const g = beregnGennemsnit({ tilbudstype: r.tilstand.tilbud!, privatMedBestyrelse: r.tilstand.privatMedBestyrelse }, r.tilstand.scorer);
    expect(g.mangler).toBeGreaterThan(0);
    expect(g.temaer.every((t) => t.gennemsnit !== null)).toBe(true);
  });
});

describe('fjernIkkeGaeldende', () => {
  it('fjerner scorer og bedømmelser, der ikke gælder efter et skift af tilbud', () => {
    const r = fjernIkkeGaeldende({ ...eksempel, tilbud: 'barnets-lov-43-1-7', privatMedBestyrelse: false, scorer: { '1.b': 3, '1.a': 4, '8.c': 2 } });
    expect(r.tilstand.scorer).toEqual({ '1.a': 4 });
    expect(r.fjernet.sort()).toEqual(['1.b', '8.c']);
  });
  it('uden tilbud fjernes alt', () => {
    const r = fjernIkkeGaeldende({ ...eksempel, tilbud: null });
    expect(r.tilstand.scorer).toEqual({});
    expect(r.tilstand.godkendelse).toEqual({});
  });
});
