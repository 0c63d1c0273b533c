// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ANTAL_FELTER, INTERVALLER, beregnFraAntal, type Antal, type Tilbudstype } from '../../src/domain/indikator1b/index.ts';
import Beregn1b, { FELT_NAVNE } from '../../src/islands/Beregn1b.tsx';

afterEach(() => cleanup());

function vis() {
  return render(<Beregn1b intervaller={INTERVALLER} />);
}

function udfyld(vaerdier: Partial<Record<keyof Antal, string>>) {
  for (const f of ANTAL_FELTER) {
    const felt = screen.getByLabelText(FELT_NAVNE[f]) as HTMLInputElement;
    fireEvent.input(felt, { target: { value: vaerdier[f] ?? '0' } });
  }
}

function vaelgType(t: Tilbudstype) {
  fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: t } });
}

const beregn = () => fireEvent.click(screen.getByRole('button', { name: 'Beregn' }));
const resultatOmraade = () => document.querySelector('.beregner-resultat') as HTMLElement;

describe('Beregn1b', () => {
  it('har et nummerfelt med etiket for hvert af motorens felter og siger, at intet sendes', () => {
    vis();
    expect(screen.getByText('Tallene bliver i din browser. Intet sendes.')).toBeTruthy();
    for (const f of ANTAL_FELTER) {
      const felt = screen.getByLabelText(FELT_NAVNE[f]) as HTMLInputElement;
      expect(felt.type).toBe('number');
      expect(felt.getAttribute('min')).toBe('0');
      expect(felt.getAttribute('step')).toBe('1');
    }
    expect(resultatOmraade().getAttribute('aria-live')).toBe('polite');
  });

  it.each([
    [{ borgereITilbud: '5', borgereIkkeITilbud: '2', folkepensionisterUdenTilbud: '1', boernITilbud: '2', boernIkkeITilbud: '1' }],
    [{ borgereITilbud: '3', borgereIkkeITilbud: '3' }],
    [{ borgereITilbud: '7' }],
    [{ borgereITilbud: '1', borgereIkkeITilbud: '9' }],
  ])('viser motorens score, trin, nabo-scorer og tal for borgere og børn (%o)', (tal) => {
    vis();
    vaelgType('sel-109');
    udfyld(tal);
    beregn();
    const antal = Object.fromEntries(ANTAL_FELTER.map((f) => [f, Number(tal[f as keyof typeof tal] ?? 0)])) as unknown as Antal;
    const r = beregnFraAntal(antal, 'sel-109');
    const omr = resultatOmraade();
    expect(omr.querySelector('dd.resultat-score')?.textContent).toBe(String(r.score));
    expect(omr.textContent).toContain(r.baand!.ord);
    expect(omr.textContent).toContain(r.baand!.betegnelse);
    const tabel = within(omr).getByRole('table', { name: 'Optælling' });
    const raekke = (navn: string) => within(tabel).getByRole('rowheader', { name: navn }).parentElement!.textContent;
    expect(raekke('Borgere')).toContain(`${r.borgere.taeller}${r.borgere.grundlag}`);
    expect(raekke('Medfølgende børn')).toContain(`${r.boern.taeller}${r.boern.grundlag}`);
    expect(raekke('Samlet (ét fælles grundlag)')).toContain(`${r.taeller}${r.grundlag}`);
    const ogsaa = within(omr).getByText('Kan også forsvares').nextElementSibling!.textContent!;
    if (r.ogsaaForsvarligt.length) for (const s of r.ogsaaForsvarligt) expect(ogsaa).toContain(String(s));
    else expect(ogsaa).toMatch(/^Ingen/);
    expect((within(omr).getByLabelText('Udkast til bedømmelsen') as HTMLTextAreaElement).value).toContain(`Foreslået score: ${r.score}`);
    expect(omr.textContent).toContain('Sådan er der regnet');
  });

  it('efterskole: indikatoren gælder ikke, og der vises ingen score', () => {
    vis();
    vaelgType('barnets-lov-43-1-7');
    udfyld({ borgereITilbud: '10' });
    beregn();
    const omr = resultatOmraade();
    expect(omr.textContent).toContain('Indikator 1.b gælder ikke');
    expect(omr.querySelector('dd.resultat-score')).toBeNull();
  });

  it.each([
    ['negativt tal', 'borgereITilbud', '-1', /må ikke være negativ/],
    ['decimaltal', 'boernITilbud', '1.5', /skal være et helt tal/],
    ['bogstaver', 'borgereIkkeITilbud', 'abc', /skal være et helt tal|mangler et antal/],
    ['tomt felt', 'folkepensionisterUdenTilbud', '', /mangler et antal/],
  ] as const)('%s giver en dansk besked, der nævner feltet, og ingen score', (_navn, felt, vaerdi, besked) => {
    vis();
    // Et gyldigt resultat først, så vi ser, at det forsvinder.
    udfyld({ borgereITilbud: '4', borgereIkkeITilbud: '1' });
    beregn();
    expect(resultatOmraade().querySelector('dd.resultat-score')).not.toBeNull();

    fireEvent.input(screen.getByLabelText(FELT_NAVNE[felt]), { target: { value: vaerdi } });
    beregn();
    const omr = resultatOmraade();
    expect(omr.textContent).toContain(FELT_NAVNE[felt]);
    expect(omr.textContent).toMatch(besked);
    expect(omr.textContent).toContain('Der vises ingen score');
    expect(omr.querySelector('dd.resultat-score')).toBeNull();
    expect(within(omr).queryByText(/Foreslået score/)).toBeNull();
    const input = screen.getByLabelText(FELT_NAVNE[felt]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(besked);
  });
});
