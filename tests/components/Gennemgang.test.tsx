// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  KATEGORI_NAVNE,
  REGLER,
  beregnScenarie,
  gaelderFor,
  laesning,
  regelHref,
  vurderPerson,
  type Person,
  type Scenarie,
} from '../../src/domain/indikator1b/index.ts';
import { KLASSE_NAVNE, bedoemKlasse } from '../../src/domain/oevelser/klassifikation.ts';
import Gennemgang, { GEMME_NOEGLE } from '../../src/islands/Gennemgang.tsx';
import { udfaldTekst } from '../../src/ui/oevelse-tekster.ts';
import { eksempel as hent, eksempler as scenarier } from '../eksempeldata.ts';

const lyset = hent('krisecenter-109-lyset');
const solsikken = hent('botilbud-108-solsikken');
const vejviseren = hent('ambulant-101a-vejviseren');
const undtaget = scenarier.find((s) => !gaelderFor(s.data.tilbudstype))!;

function vis() {
  return render(<Gennemgang scenarier={scenarier} />);
}
function vaelgTilbud(navn: string) {
  fireEvent.click(screen.getByRole('radio', { name: new RegExp(navn) }));
  fireEvent.click(screen.getByRole('button', { name: 'Start gennemgangen' }));
}
function svar(tekst: string | RegExp) {
  fireEvent.click(screen.getByRole('radio', { name: tekst }));
  fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
}
function feedback(): HTMLElement {
  const el = document.querySelector<HTMLElement>('.feedback');
  if (!el) throw new Error('ingen feedback');
  return el;
}
const naeste = () => fireEvent.click(screen.getByRole('button', { name: /^(Videre|Næste person|Se resultatet)$/ }));
const klasse = (p: Person) => KLASSE_NAVNE[bedoemKlasse(p, 'intet').rigtige[0]];

/** Går frem til personen med id'et og svarer rigtigt på alt før. */
function tilPerson(s: { data: Scenarie }, id: string) {
  svar(/Ja, indikator 1.b gælder/);
  naeste();
  for (const p of s.data.personer) {
    if (p.id === id) return p;
    svar(klasse(p));
    naeste();
    svar(udfaldTekst(vurderPerson(p, s.data.tilbudstype).udfald));
    naeste();
  }
  throw new Error(id);
}

// Gennemgangene klikker sig gennem mange trin; på en travl maskine tager det mere end standardens 5 s.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('Gennemgang', () => {
  it('spørger først, hvad personen er i gang med, uden at vise kategorien, og derefter om personen tæller', () => {
    vis();
    vaelgTilbud(solsikken.data.navn);
    const mette = tilPerson(solsikken, 'p4');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Mette');
    // Beskrivelsen vises, men ikke kategorien "Tilbuddets egen aktivitet".
    expect(document.querySelector('.person-kort')?.textContent).toContain(mette.beskrivelse);
    expect(document.querySelector('.person-kort')?.textContent).not.toContain(KATEGORI_NAVNE['egen-aktivitet']);
    expect(screen.getByRole('group', { name: 'Hvad er Mette i gang med?' })).toBeTruthy();
    svar(KLASSE_NAVNE['saerlig-beskaeftigelse']);
    expect(feedback().textContent).toContain('Ikke helt.');
    expect(feedback().textContent).toContain(KATEGORI_NAVNE['egen-aktivitet']);
    expect(document.activeElement).toBe(feedback());
    naeste();
    expect(screen.getByRole('group', { name: 'Hvordan indgår Mette i indikator 1.b?' })).toBeTruthy();
    svar('Tæller ikke med');
    expect(feedback().textContent).toContain('Rigtigt.');
    expect(feedback().textContent).toContain(REGLER['egen-aktivitet'].titel);
    expect(
      within(feedback())
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toContain(regelHref('egen-aktivitet'));
  });

  it('godkender pensionisten i grundlaget som forsvarligt og forklarer begge læsninger', () => {
    vis();
    vaelgTilbud(solsikken.data.navn);
    tilPerson(solsikken, 'p1');
    svar(KLASSE_NAVNE.intet);
    naeste();
    svar('Tæller ikke med');
    const fb = feedback().textContent ?? '';
    expect(fb).toContain('Forsvarligt – med en anden læsning.');
    expect(fb).not.toContain('Ikke helt');
    const l = laesning('folkepension');
    for (const v of l.valg) expect(fb).toContain(v.navn);
    expect(fb).toContain('dit svar passer med dette valg');
  });

  it('godkender at udelade Viktor som forsvarligt, men ikke at lade ham tælle imod', () => {
    vis();
    vaelgTilbud(lyset.data.navn);
    tilPerson(lyset, 'b6');
    svar(KLASSE_NAVNE.ordinaer);
    naeste();
    svar('Udelades af grundlaget');
    expect(feedback().textContent).toContain('Forsvarligt – med en anden læsning.');
  });

  it('en uklar beskrivelse: »uklart« er rigtigt, og begge udfald kan forsvares, til det er undersøgt', () => {
    vis();
    vaelgTilbud(vejviseren.data.navn);
    tilPerson(vejviseren, 'v2');
    svar(KLASSE_NAVNE.uklart);
    expect(feedback().textContent).toContain('Rigtigt.');
    expect(feedback().textContent).toContain('Det skal undersøges hos tilbuddet');
    naeste();
    svar('Tæller med');
    expect(feedback().textContent).toContain('Forsvarligt – det afhænger af det, der skal undersøges.');
  });

  it('viser læringsmålet først efter eksemplet, sammen med resultatet og et link til facit', () => {
    vis();
    vaelgTilbud(lyset.data.navn);
    expect(document.body.textContent).not.toContain(lyset.data.laeringsmaal);
    svar(/Ja, indikator 1.b gælder/);
    naeste();
    for (const p of lyset.data.personer) {
      svar(klasse(p));
      naeste();
      svar(udfaldTekst(vurderPerson(p, lyset.data.tilbudstype).udfald));
      naeste();
    }
    const r = beregnScenarie(lyset.data);
    expect(screen.getAllByRole('heading', { level: 3 })[0].textContent).toBe(`Resultat for ${lyset.data.navn}`);
    const n = 1 + 2 * lyset.data.personer.length;
    expect(screen.getByText(`Du svarede rigtigt på ${n} af ${n} spørgsmål.`)).toBeTruthy();
    expect(document.body.textContent).toContain(lyset.data.laeringsmaal);
    expect(document.body.textContent).toContain(`${r.score}`);
    expect(screen.getByRole('link', { name: 'Se facit for alle eksempler' }).getAttribute('href')).toBe(`/oevelser/facit/#eksempel-${lyset.id}`);
  });

  it('et tilbud, hvor 1.b ikke gælder: ét spørgsmål, og undtagelsen forklares', () => {
    vis();
    vaelgTilbud(undtaget.data.navn);
    svar(/Ja, indikator 1.b gælder/);
    expect(feedback().textContent).toContain('Ikke helt.');
    expect(feedback().textContent).toContain(REGLER['gaelder-ikke'].titel);
    expect(screen.getByRole('button', { name: 'Se resultatet' })).toBeTruthy();
  });

  it('beder om et svar, før der kan svares', () => {
    vis();
    fireEvent.click(screen.getByRole('button', { name: 'Start gennemgangen' }));
    expect(screen.getByText('Vælg et tilbud først.')).toBeTruthy();
    vaelgTilbud(lyset.data.navn);
    fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
    expect(screen.getByText('Vælg et svar først.')).toBeTruthy();
    expect(document.querySelector('.feedback')).toBeNull();
  });

  it('gemmer fremskridtet versioneret og kan fortsætte, hvor brugeren slap', () => {
    const { unmount } = vis();
    vaelgTilbud(lyset.data.navn);
    svar(/Ja, indikator 1.b gælder/);
    naeste();
    svar(KLASSE_NAVNE.ordinaer);
    const gemt = JSON.parse(localStorage.getItem(GEMME_NOEGLE)!);
    expect(gemt).toMatchObject({ version: 2, scenarie: lyset.id, trin: 1, svar: { gaelder: 'ja', 'hvad:k1': 'ordinaer' } });
    unmount();
    vis();
    expect(screen.getByText(new RegExp(`Du er i gang med ${lyset.data.navn}`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsæt hvor du slap' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(lyset.data.personer[0].navn);
    expect(feedback().textContent).toContain('Rigtigt.');
  });

  it.each([
    ['ødelagt JSON', '{"version":2,'],
    ['gammel version', JSON.stringify({ version: 1, scenarie: 'x', trin: 0, svar: {} })],
    ['ukendt tilbud', JSON.stringify({ version: 2, scenarie: 'findes-ikke', trin: 0, svar: {} })],
    ['ugyldigt svar', JSON.stringify({ version: 2, scenarie: scenarier[0].id, trin: 1, svar: { gaelder: 'måske' } })],
    ['ikke et objekt', '42'],
  ])('ignorerer gemte data (%s) med en dansk besked', (_navn, data) => {
    localStorage.setItem(GEMME_NOEGLE, data);
    vis();
    expect(screen.getByRole('status').textContent).toMatch(/kunne ikke læses/);
    expect(localStorage.getItem(GEMME_NOEGLE)).toBeNull();
    expect(screen.getByRole('button', { name: 'Start gennemgangen' })).toBeTruthy();
  });
});
