import { describe, expect, it } from 'vitest';
import { findHenvisninger, type Kontekst } from '../../src/domain/lovhenvisninger/find.ts';

const nu: Kontekst = { lov: 'serviceloven', aera: 'gaeldende' };
const gammel: Kontekst = { lov: 'serviceloven', aera: 'historisk-2005' };
const kort = (t: string, k = nu) =>
  findHenvisninger(t, k).map((h) => ({ tekst: h.tekst, lov: h.lov, p: h.paragraf, stk: h.stk, nr: h.nr, aera: h.aera, u: h.underforstaaetLov }));

describe('findHenvisninger', () => {
  it('genitiv før paragraffen: "servicelovens § 104"', () => {
    expect(kort('efter servicelovens § 104 kan')).toEqual([
      { tekst: '§ 104', lov: 'serviceloven', p: '104', stk: undefined, nr: undefined, aera: 'gaeldende', u: false },
    ]);
  });

  it('lovens navn efter: "§ 103 i serviceloven" (bogstavet i er ikke et litra)', () => {
    expect(kort('tilbud efter § 103 i serviceloven')[0]).toMatchObject({ p: '103', lov: 'serviceloven', u: false });
  });

  it('stk. og nr.: "barnets lov § 43, stk. 1, nr. 7"', () => {
    expect(kort('oprettet efter barnets lov § 43, stk. 1, nr. 7.')[0]).toMatchObject({
      tekst: '§ 43, stk. 1, nr. 7',
      lov: 'barnets-lov',
      p: '43',
      stk: '1',
      nr: '7',
    });
  });

  it('stk. og nr. med lov efter: "§ 43, stk. 1, nr. 7, i barnets lov"', () => {
    expect(kort('efter § 43, stk. 1, nr. 7, i barnets lov')[0]).toMatchObject({ lov: 'barnets-lov', stk: '1', nr: '7' });
  });

  it('sundhedslovens § 141 er ikke servicelovens § 141', () => {
    expect(kort('alkoholbehandling efter sundhedslovens § 141')[0]).toMatchObject({ lov: 'sundhedsloven', p: '141', u: false });
    expect(kort('handleplanen efter § 141')[0]).toMatchObject({ lov: 'serviceloven', p: '141', u: true });
  });

  it('sammensat ord: "§ 110-boformer" bruger sidens standardlov', () => {
    expect(kort('på § 110-boformer')[0]).toMatchObject({ tekst: '§ 110', p: '110', lov: 'serviceloven', u: true });
  });

  it('litra: "§ 101 a" og "§ 7 a"', () => {
    expect(kort('efter § 101 a i serviceloven')[0]).toMatchObject({ p: '101 a' });
    expect(kort('retssikkerhedslovens § 7 a')[0]).toMatchObject({ p: '7 a', lov: 'retssikkerhedsloven' });
  });

  it('opremsninger: "§§ 107/108", "§§ 101, 109 og 110", "§ 103 eller § 104"', () => {
    expect(kort('§§ 107/108').map((h) => h.p)).toEqual(['107', '108']);
    expect(kort('§§ 101, 109 og 110').map((h) => h.p)).toEqual(['101', '109', '110']);
    expect(kort('i et § 103 eller § 104 tilbud').map((h) => h.p)).toEqual(['103', '104']);
  });

  it('interval: "§§ 51–52"', () => {
    expect(kort('beskæftigelseslovens §§ 51–52')[0]).toMatchObject({ p: '51–52', lov: 'beskaeftigelsesloven' });
  });

  it('æra: sidens standard, og "fra 2005" gør en henvisning historisk', () => {
    expect(kort('§ 94-boformer', gammel)[0]).toMatchObject({ p: '94', aera: 'historisk-2005' });
    expect(kort('§ 94 i serviceloven fra 2005')[0]).toMatchObject({ p: '94', aera: 'historisk-2005' });
    expect(kort('§ 110 i serviceloven')[0]).toMatchObject({ aera: 'gaeldende' });
  });

  it('lov om en aktiv beskæftigelsesindsats og lov om aktiv socialpolitik', () => {
    expect(kort('§ 6 i lov om en aktiv beskæftigelsesindsats')[0]).toMatchObject({ lov: 'beskaeftigelsesloven', p: '6' });
    expect(kort('lov om aktiv socialpolitik § 13, stk. 8')[0]).toMatchObject({ lov: 'aktiv-socialpolitik', p: '13', stk: '8' });
    expect(kort('§ 6, stk. 2, i lov om socialtilsyn')[0]).toMatchObject({ lov: 'lov-om-socialtilsyn', p: '6', stk: '2' });
  });

  it('positionerne dækker præcis paragraf-teksten', () => {
    const t = 'Se servicelovens § 104, stk. 2, om forløb.';
    const [h] = findHenvisninger(t, nu);
    expect(t.slice(h.start, h.slut)).toBe('§ 104, stk. 2');
  });
});

describe('findHenvisninger: nutidens nummer på en side med historisk standard', () => {
  it('"dagens § 110", "§ 110 i dag" og "nutidens servicelovens § 110" læses som gældende', () => {
    expect(kort('svarer til dagens § 110', gammel)[0]).toMatchObject({ aera: 'gaeldende' });
    expect(kort('svarer til § 110 i dag', gammel)[0]).toMatchObject({ aera: 'gaeldende' });
    expect(kort('svarer til § 110-boformer i dag', gammel)[0]).toMatchObject({ aera: 'gaeldende' });
    expect(kort('§ 94-boformer', gammel)[0]).toMatchObject({ aera: 'historisk-2005' });
  });
});

describe('opslag i lovoversigten', async () => {
  const { laesBestemmelser } = await import('../../src/data/laes.ts');
  const { opretOpslag } = await import('../../src/domain/lovhenvisninger/opslag.ts');
  const slaaOp = opretOpslag(laesBestemmelser());
  const op = (t: string, k: Kontekst = nu) => findHenvisninger(t, k).map(slaaOp);

  it('finder de centrale poster', () => {
    expect(op('servicelovens § 104')[0]).toEqual({ status: 'fundet', id: 'serviceloven-104' });
    expect(op('beskyttet beskæftigelse efter § 103 i serviceloven')[0]).toEqual({ status: 'fundet', id: 'serviceloven-103' });
    expect(op('sundhedslovens § 141')[0]).toEqual({ status: 'fundet', id: 'sundhedsloven-141' });
    expect(op('barnets lov § 43, stk. 1, nr. 7')[0]).toEqual({ status: 'fundet', id: 'barnets-lov-43-stk-1-nr-7' });
    expect(op('§ 94-boformer', gammel)[0]).toMatchObject({ status: 'fundet' });
  });

  it('en paragraf uden lovnavn, der findes i to love, er flertydig, medmindre siden selv har valgt lov', () => {
    expect(op('§ 141')[0]).toMatchObject({ status: 'flertydig' });
    expect(op('§ 141', { lov: 'serviceloven', aera: 'gaeldende', eksplicit: true })[0]).toEqual({ status: 'fundet', id: 'serviceloven-141' });
  });

  it('en ukendt paragraf er ukendt', () => {
    expect(op('servicelovens § 999')[0]).toMatchObject({ status: 'ukendt' });
  });
});

describe('lovoversigten og sitets sider', async () => {
  const { laesBestemmelser } = await import('../../src/data/laes.ts');
  const bestemmelser = laesBestemmelser();

  it('hver post har kilder med dato og en æra, unikke id’er, og "svarer til" peger på poster, der findes', () => {
    const ider = new Set(bestemmelser.map((b) => b.id));
    expect(ider.size).toBe(bestemmelser.length);
    for (const b of bestemmelser) {
      expect(b.kilder.length, b.id).toBeGreaterThan(0);
      for (const k of b.kilder) expect(k.dato, b.id).not.toBe('');
      expect(['gaeldende', 'historisk-2005']).toContain(b.aera);
      for (const s of b.svarerTil) expect(ider.has(s.id), `${b.id} → ${s.id}`).toBe(true);
    }
  });

  it('dækker de bestemmelser, kilderne bruger mest', () => {
    const ider = new Set(bestemmelser.map((b) => b.id));
    for (const id of [
      'serviceloven-81',
      'serviceloven-101',
      'serviceloven-101a',
      'serviceloven-103',
      'serviceloven-104',
      'serviceloven-107',
      'serviceloven-108',
      'serviceloven-109',
      'serviceloven-109-stk-7',
      'serviceloven-110',
      'serviceloven-141',
      'sundhedsloven-141',
      'barnets-lov-43-stk-1-nr-7',
      'lov-om-socialtilsyn-6-stk-2',
    ])
      expect(ider.has(id), id).toBe(true);
  });
});
