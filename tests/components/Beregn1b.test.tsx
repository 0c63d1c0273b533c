// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GRUPPER, INTERVALLER, REGLER, beregnFraAntal, taelGrupper, type Tilbudstype } from '../../src/domain/indikator1b/index.ts';
import Beregn1b from '../../src/islands/Beregn1b.tsx';

afterEach(() => cleanup());

const navn = (id: string) => GRUPPER.find((g) => g.id === id)!.navn;

function vis() {
  return render(<Beregn1b intervaller={INTERVALLER} />);
}

function udfyld(vaerdier: Record<string, string>) {
  for (const [id, v] of Object.entries(vaerdier)) fireEvent.input(screen.getByLabelText(navn(id)), { target: { value: v } });
}

function vaelgType(t: Tilbudstype) {
  fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: t } });
}

const beregn = () => fireEvent.click(screen.getByRole('button', { name: 'Beregn' }));
const resultatOmraade = () => document.querySelector('.beregner-resultat') as HTMLElement;

describe('Beregn1b', () => {
  it('har et nummerfelt med etiket for hver af motorens grupper og siger, at intet sendes', () => {
    vis();
    expect(screen.getByText('Tallene bliver i din browser. Intet sendes.')).toBeTruthy();
    for (const g of GRUPPER) {
      const felt = screen.getByLabelText(g.navn) as HTMLInputElement;
      expect(felt.type).toBe('number');
      expect(felt.getAttribute('min')).toBe('0');
      expect(felt.getAttribute('step')).toBe('1');
    }
    expect(resultatOmraade().getAttribute('aria-live')).toBe('polite');
  });

  it.each([
    [{ 'borger-ordinaer-beskaeftigelse': '2', 'borger-sel-103': '3', 'borger-egen-aktivitet': '2', 'borger-folkepension-ingen': '1', 'barn-grundskole': '2', 'barn-egen-aktivitet': '1' }],
    [{ 'borger-stu': '3', 'borger-ingen': '3' }],
    [{ 'borger-veu': '7' }],
    [{ 'borger-sel-104': '1', 'borger-egen-aktivitet': '9' }],
  ])('viser motorens score, trin, nabo-scorer, tal og hver gruppes regel (%o)', (tal) => {
    vis();
    vaelgType('sel-109');
    udfyld(tal);
    beregn();
    const t = taelGrupper(tal, 'sel-109');
    if (!t.ok) throw new Error(t.besked);
    const r = beregnFraAntal(t.antal, 'sel-109');
    const omr = resultatOmraade();
    expect(omr.querySelector('dd.resultat-score')?.textContent).toBe(String(r.score));
    expect(omr.textContent).toContain(r.baand!.ord);
    const tabel = within(omr).getByRole('table', { name: 'Optælling' });
    const raekke = (n: string) => within(tabel).getByRole('rowheader', { name: n }).parentElement!.textContent;
    expect(raekke('Borgere')).toContain(`${r.borgere.taeller}${r.borgere.grundlag}`);
    expect(raekke('Samlet (ét fælles grundlag)')).toContain(`${r.taeller}${r.grundlag}`);
    expect((within(omr).getByLabelText('Udkast til bedømmelsen') as HTMLTextAreaElement).value).toContain(`Foreslået score: ${r.score}`);
    // Hver udfyldt gruppe står med sin vurdering og reglens titel fra motoren.
    const liste = omr.querySelector('.gruppe-vurderinger') as HTMLElement;
    for (const g of t.grupper) {
      const linje = [...liste.querySelectorAll('li')].find((li) => li.textContent!.includes(g.gruppe.navn))!;
      expect(linje.textContent).toContain(`${g.antal} × ${g.gruppe.navn}`);
      expect(linje.textContent).toContain(REGLER[g.vurdering.regel].titel);
    }
  });

  it('tilbuddets egne aktiviteter tæller ikke med, og reglen står ved gruppen', () => {
    vis();
    vaelgType('sel-108');
    udfyld({ 'borger-egen-aktivitet': '4', 'borger-ordinaer-uddannelse': '4' });
    beregn();
    const linje = [...resultatOmraade().querySelectorAll('.gruppe-vurderinger li')].find((li) => li.textContent!.includes(navn('borger-egen-aktivitet')))!;
    expect(linje.textContent).toContain('tæller ikke med');
    expect(linje.textContent).toContain(REGLER['egen-aktivitet'].titel);
  });

  it('tomme felter tæller som 0', () => {
    vis();
    vaelgType('sel-110');
    udfyld({ 'borger-ordinaer-beskaeftigelse': '1' });
    beregn();
    expect(resultatOmraade().querySelector('dd.resultat-score')?.textContent).toBe('5');
  });

  it('efterskole: indikatoren gælder ikke, og der vises ingen score', () => {
    vis();
    vaelgType('barnets-lov-43-1-7');
    udfyld({ 'borger-stu': '10' });
    beregn();
    const omr = resultatOmraade();
    expect(omr.textContent).toContain('Indikator 1.b gælder ikke');
    expect(omr.querySelector('dd.resultat-score')).toBeNull();
  });

  it.each([
    ['negativt tal', 'borger-sel-103', '-1', /må ikke være negativ/],
    ['decimaltal', 'barn-grundskole', '1.5', /skal være et helt tal/],
  ] as const)('%s giver en dansk besked, der nævner gruppen, og ingen score', (_n, felt, vaerdi, besked) => {
    vis();
    udfyld({ 'borger-veu': '4', 'borger-ingen': '1' });
    beregn();
    expect(resultatOmraade().querySelector('dd.resultat-score')).not.toBeNull();

    fireEvent.input(screen.getByLabelText(navn(felt)), { target: { value: vaerdi } });
    beregn();
    const omr = resultatOmraade();
    expect(omr.textContent).toContain(navn(felt));
    expect(omr.textContent).toMatch(besked);
    expect(omr.textContent).toContain('Der vises ingen score');
    expect(omr.querySelector('dd.resultat-score')).toBeNull();
    const input = screen.getByLabelText(navn(felt));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(besked);
  });
});
