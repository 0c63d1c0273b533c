import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRUPPER, taelGrupper, vurderGruppe, beregnFraAntal, beregnScenarie, type Scenarie } from '../../src/domain/indikator1b/index.ts';

const gruppe = (id: string) => GRUPPER.find((g) => g.id === id)!;

describe('beregnerens grupper', () => {
  it('hver gruppe vurderes efter motorens regler', () => {
    expect(vurderGruppe(gruppe('borger-ordinaer-beskaeftigelse'), 'sel-108')).toMatchObject({ taeller: true, udeladt: false });
    expect(vurderGruppe(gruppe('borger-sel-104'), 'sel-108')).toMatchObject({ taeller: true, regel: 'samvaer-aktivitet' });
    expect(vurderGruppe(gruppe('borger-egen-aktivitet'), 'sel-108')).toMatchObject({ taeller: false, regel: 'egen-aktivitet' });
    expect(vurderGruppe(gruppe('borger-ingen'), 'sel-108')).toMatchObject({ taeller: false, udeladt: false });
    expect(vurderGruppe(gruppe('borger-folkepension-ingen'), 'sel-108')).toMatchObject({ udeladt: true, regel: 'folkepension-udeladt' });
    expect(vurderGruppe(gruppe('barn-grundskole'), 'sel-109')).toMatchObject({ taeller: true, regel: 'barn-i-tilbud' });
    expect(vurderGruppe(gruppe('barn-egen-aktivitet'), 'sel-109')).toMatchObject({ taeller: false, regel: 'barn-egen-pasning' });
    expect(vurderGruppe(gruppe('borger-stu'), 'barnets-lov-43-1-7')).toMatchObject({ taeller: false, regel: 'gaelder-ikke' });
  });

  it('tomme felter er 0; fejl nævner gruppen på dansk', () => {
    const ok = taelGrupper({ 'borger-veu': '2', 'borger-egen-aktivitet': 3, 'borger-folkepension-ingen': '1', 'barn-dagtilbud': '1' }, 'sel-109');
    expect(ok).toMatchObject({ ok: true, antal: { borgereITilbud: 2, borgereIkkeITilbud: 3, folkepensionisterUdenTilbud: 1, boernITilbud: 1, boernIkkeITilbud: 0 } });
    expect(taelGrupper({ 'borger-veu': '-1' })).toEqual({ ok: false, felt: 'borger-veu', besked: expect.stringMatching(/^Jobrettet .*: må ikke være negativ \(fik -1\)$/) });
    expect(taelGrupper({ 'barn-grundskole': '1,5' })).toMatchObject({ ok: false, felt: 'barn-grundskole', besked: expect.stringMatching(/skal være et helt tal/) });
    expect(taelGrupper({ 'borger-sel-103': 'abc' })).toMatchObject({ ok: false, besked: expect.stringMatching(/skal være et helt tal \(fik abc\)/) });
  });

  it('giver samme resultat som et scenarie med de samme personer (egenskab)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 }), { minLength: GRUPPER.length, maxLength: GRUPPER.length }), fc.constantFrom('sel-108', 'sel-109', 'barnets-lov-43-1-7' as const), (tal, type) => {
        const vaerdier = Object.fromEntries(GRUPPER.map((g, i) => [g.id, tal[i]]));
        const t = taelGrupper(vaerdier, type);
        if (!t.ok) return false;
        const scenarie = {
          navn: 'x',
          tilbudstype: type,
          beskrivelse: 'x',
          personer: GRUPPER.flatMap((g, i) =>
            Array.from({ length: tal[i] }, (_, j) => ({
              id: `${g.id}-${j}`,
              navn: 'x',
              rolle: g.rolle,
              ...(g.pension ? { pension: g.pension } : {}),
              beskrivelse: 'x',
              forloeb: g.kategori ? [{ kategori: g.kategori }] : [],
            })),
          ),
        } as Scenarie;
        const { personer: _p, ...fraScenarie } = beregnScenarie(scenarie);
        expect(beregnFraAntal(t.antal, type)).toEqual(fraScenarie);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
