// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import IndikatorVaelger from '../../src/islands/IndikatorVaelger.tsx';
import { INDIKATORER, TILBUDSTYPER } from '../../src/domain/kvalitetsmodel/model.ts';

const saetUrl = (search: string) => history.replaceState(null, '', `/kvalitetsmodellen/hvilke-indikatorer-gaelder/${search}`);
const status = () => document.querySelector('[aria-live="polite"]') as HTMLElement;
const punkt = (id: string) => screen.getByText(`Indikator ${id}`).closest('li') as HTMLElement;

beforeEach(() => saetUrl(''));
afterEach(cleanup);

describe('IndikatorVaelger', () => {
  it('viser tilbudstyper grupperet i voksne og børn og unge, og en afkrydsning for bestyrelse', () => {
    render(<IndikatorVaelger />);
    const vaelg = screen.getByLabelText('Tilbudstype') as HTMLSelectElement;
    const grupper = [...vaelg.querySelectorAll('optgroup')].map((g) => g.label);
    expect(grupper).toEqual(['Tilbud til voksne', 'Tilbud til børn og unge']);
    expect(vaelg.querySelectorAll('optgroup option')).toHaveLength(TILBUDSTYPER.length);
    expect(screen.getByLabelText('Privat tilbud med bestyrelse')).toBeTruthy();
    expect(screen.getByText('Vælg en tilbudstype for at se, hvilke indikatorer der gælder.')).toBeTruthy();
    expect(status()).toBeTruthy();
  });

  it('viser hvad der gælder og ikke gælder for et forsorgshjem, med grund og kildens ordlyd', () => {
    render(<IndikatorVaelger />);
    fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: 'sel-110' } });
    expect(location.search).toBe('?tilbud=sel-110');
    for (const id of ['3.c', '6.a', '6.b', '14.c', '8.c']) {
      const li = punkt(id);
      expect(within(li).getByText('Gælder ikke')).toBeTruthy();
    }
    const li = punkt('3.c');
    expect(li.textContent).toMatch(/Indikator 3\.c gælder ikke for: Forsorgshjem/);
    expect(li.querySelector('q')?.textContent).toBe(INDIKATORER.find((i) => i.id === '3.c')!.gaelder!.kildetekst);
    expect(within(punkt('1.b')).getByText('Gælder')).toBeTruthy();
    // 32 indikatorer i alt; for § 110 uden bestyrelse gælder 1.d, 1.e, 2.f, 3.c, 6.a, 6.b, 8.c, 14.c ikke.
    expect(document.querySelectorAll('li.vt-gaelder')).toHaveLength(24);
    expect(document.querySelectorAll('li.vt-gaelder-ikke')).toHaveLength(8);
    expect(status().textContent).toMatch(/24 af 32 indikatorer gælder/);
    expect(document.querySelectorAll('h3')).toHaveLength(7);
  });

  it('bestyrelse slår 8.c til og står i URL’en', () => {
    render(<IndikatorVaelger />);
    fireEvent.change(screen.getByLabelText('Tilbudstype'), { target: { value: 'sel-108' } });
    expect(within(punkt('8.c')).getByText('Gælder ikke')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Privat tilbud med bestyrelse'));
    expect(within(punkt('8.c')).getByText('Gælder')).toBeTruthy();
    expect(location.search).toBe('?tilbud=sel-108&bestyrelse=ja');
  });

  it('læser valget fra URL’en', () => {
    saetUrl('?tilbud=barnets-lov-43-1-7');
    render(<IndikatorVaelger />);
    expect((screen.getByLabelText('Tilbudstype') as HTMLSelectElement).value).toBe('barnets-lov-43-1-7');
    expect(within(punkt('1.b')).getByText('Gælder ikke')).toBeTruthy();
    expect(within(punkt('1.d')).getByText('Gælder')).toBeTruthy();
    expect(within(punkt('1.e')).getByText('Gælder')).toBeTruthy();
  });

  it('en ukendt tilbudstype i URL’en giver en dansk besked og ignoreres', () => {
    saetUrl('?tilbud=sel-999&bestyrelse=kanske');
    render(<IndikatorVaelger />);
    expect(status().textContent).toMatch(/Tilbudstypen »sel-999« findes ikke/);
    expect(status().textContent).toMatch(/»kanske«/);
    expect((screen.getByLabelText('Tilbudstype') as HTMLSelectElement).value).toBe('');
    expect(location.search).toBe('');
  });
});
