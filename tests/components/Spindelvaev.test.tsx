// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Spindelvaev from '../../src/islands/Spindelvaev.tsx';
import { LAGER_NOEGLE } from '../../src/domain/kvalitetsmodel/tilstand.ts';
import eksempelprofil from '../../content/data/eksempelprofil-spindelvaev.json' with { type: 'json' };

const saetUrl = (search: string) => history.replaceState(null, '', `/kvalitetsmodellen/spindelvaev/${search}`);
const status = () => document.querySelector('[aria-live="polite"]') as HTMLElement;
const tabel = (caption: string) => [...document.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === caption) as HTMLTableElement;
const raekke = (t: HTMLTableElement, start: string) =>
  [...t.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.startsWith(start)) as HTMLTableRowElement;
const celler = (r: HTMLTableRowElement) => [...r.querySelectorAll('td')].map((c) => c.textContent);

beforeEach(() => {
  saetUrl('');
  localStorage.clear();
});
afterEach(cleanup);

describe('Spindelvaev', () => {
  it('starter uden tilbud og beder om en tilbudstype', () => {
    render(<Spindelvaev />);
    expect(screen.getByText(/Vælg en tilbudstype for at begynde/)).toBeTruthy();
    expect((screen.getByLabelText(/Driftsorienteret tilsyn/) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Indlæs eksempelprofil' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nulstil' })).toBeTruthy();
  });

  it('scorer giver gennemsnit pr. kriterium og tema i tabel og figur, og tilstanden gemmes', () => {
    render(<Spindelvaev />);
    fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: 'sel-108' } });
    fireEvent.click(screen.getByLabelText('Privat tilbud med bestyrelse'));
    for (const [id, s] of [
      ['8.a', '5'],
      ['8.b', '5'],
      ['8.c', '5'],
      ['9.a', '2'],
      ['9.b', '2'],
      ['9.c', '2'],
      ['9.d', '2'],
    ]) {
      fireEvent.change(screen.getByLabelText(`Indikator ${id}`), { target: { value: s } });
    }
    const tema = tabel('Gennemsnit pr. tema');
    expect(celler(raekke(tema, 'Tema 5'))).toEqual(['3,5', '7 af 7', '0']);
    expect(celler(raekke(tema, 'Tema 1'))[0]).toBe('ingen score');
    const krit = tabel('Gennemsnit pr. kriterium');
    expect(celler(raekke(krit, 'Kriterium 8 '))[0]).toBe('5,0');
    expect(celler(raekke(krit, 'Kriterium 9 '))[0]).toBe('2,0');
    // Figuren: role="img" med billedtekst, der nævner temaer uden score.
    const svg = screen.getByRole('img');
    const tekst = document.getElementById(svg.getAttribute('aria-labelledby')!)!;
    expect(tekst.tagName).toBe('FIGCAPTION');
    expect(tekst.textContent).toMatch(/Temaerne 1, 2, 3, 4, 6, 7 har ingen score/);
    expect(svg.querySelectorAll('.vt-akse-mangler')).toHaveLength(6);
    expect(svg.textContent).toContain('3,5');
    // Hvor mange mangler.
    expect(screen.getByText(/Der mangler score for 22 indikatorer/)).toBeTruthy();
    expect(status().textContent).toMatch(/Tema 5: 3,5/);
    // URL og localStorage.
    expect(location.search).toBe('?tilbud=sel-108&bestyrelse=ja&s=8.a:5,8.b:5,8.c:5,9.a:2,9.b:2,9.c:2,9.d:2');
    expect(JSON.parse(localStorage.getItem(LAGER_NOEGLE)!)).toMatchObject({ version: 1, tilbud: 'sel-108', scorer: { '9.d': 2 } });
  });

  it('viser kun felter for indikatorer, der gælder, og nævner dem, der ikke gælder', () => {
    render(<Spindelvaev />);
    fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: 'sel-110' } });
    expect(screen.queryByLabelText('Indikator 3.c')).toBeNull();
    expect(screen.getByLabelText('Indikator 3.a')).toBeTruthy();
    expect(screen.getByText(/Kriterium 6: ingen af indikatorerne \(6\.a, 6\.b\) gælder/)).toBeTruthy();
  });

  it('et skift af tilbud fjerner scorer, der ikke længere gælder, og siger det', () => {
    saetUrl('?tilbud=sel-108&s=1.a:4,1.b:3');
    render(<Spindelvaev />);
    fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: 'barnets-lov-43-1-7' } });
    expect(status().textContent).toMatch(/Værdierne for 1\.b er fjernet/);
    expect(location.search).toBe('?tilbud=barnets-lov-43-1-7&s=1.a:4');
  });

  it('en dårlig URL giver danske beskeder, og de dårlige værdier tæller ikke med', () => {
    saetUrl('?tilbud=sel-110&s=1.a:4,1.b:7,3.c:2,1.z:3');
    render(<Spindelvaev />);
    const t = status().textContent!;
    expect(t).toContain('Scoren for 1.b er »7«; den skal være et helt tal fra 1 til 5. Værdien er ignoreret.');
    expect(t).toMatch(/Indikator 3\.c gælder ikke for/);
    expect(t).toMatch(/»1\.z« er ikke en indikator/);
    expect(celler(raekke(tabel('Gennemsnit pr. tema'), 'Tema 1'))[0]).toBe('4,0');
    expect(location.search).toBe('?tilbud=sel-110&s=1.a:4');
  });

  it('læser det gemte, når URL’en er tom, og ignorerer ødelagte data med en besked', () => {
    localStorage.setItem(LAGER_NOEGLE, JSON.stringify({ version: 1, tilbud: 'sel-107', scorer: { '2.a': 3 } }));
    render(<Spindelvaev />);
    expect((screen.getByLabelText('Indikator 2.a') as HTMLSelectElement).value).toBe('3');
    cleanup();
    saetUrl('');
    localStorage.setItem(LAGER_NOEGLE, '{ødelagt');
    render(<Spindelvaev />);
    expect(status().textContent).toMatch(/De gemte data i browseren kunne ikke læses og er ignoreret/);
  });

  it('eksempelprofilen indlæses, og godkendelse viser optælling uden gennemsnit', () => {
    render(<Spindelvaev />);
    fireEvent.click(screen.getByRole('button', { name: 'Indlæs eksempelprofil' }));
    expect((screen.getByLabelText('Tilbudstype') as HTMLSelectElement).value).toBe(eksempelprofil.tilbud);
    expect(status().textContent).toMatch(/Eksempelprofilen er indlæst/);
    expect(screen.getByText(/Der mangler score for 2 indikatorer/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Godkendelse/));
    expect(location.search).toContain('tilstand=godkendelse');
    expect(tabel('Gennemsnit pr. tema')).toBeUndefined();
    expect(screen.queryByRole('img')).toBeNull();
    const godk = tabel('Bedømmelser pr. tema ved godkendelse');
    // Tema 2 (2.a, 2.b, 2.c gælder for sel-108): ja, nej, ja.
    expect(celler(raekke(godk, 'Tema 2'))).toEqual(['2', '1', '0', '3']);
    expect((screen.getByLabelText('Indikator 2.b') as HTMLSelectElement).value).toBe('nej');
  });

  it('Nulstil tømmer alt, også det gemte', () => {
    render(<Spindelvaev />);
    fireEvent.click(screen.getByRole('button', { name: 'Indlæs eksempelprofil' }));
    expect(localStorage.getItem(LAGER_NOEGLE)).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Nulstil' }));
    expect(localStorage.getItem(LAGER_NOEGLE)).toBeNull();
    expect(location.search).toBe('');
    expect(screen.getByText(/Vælg en tilbudstype for at begynde/)).toBeTruthy();
  });
});
