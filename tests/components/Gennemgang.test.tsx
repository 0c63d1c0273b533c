// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  INTERVALLER,
  REGLER,
  beregnScenarie,
  gaelderFor,
  regelHref,
  vurderPerson,
  type PersonVurdering,
  type Scenarie,
} from '../../src/domain/indikator1b/index.ts';
import { valider } from '../../src/schemas/scenarie.ts';
import Gennemgang, { GEMME_NOEGLE } from '../../src/islands/Gennemgang.tsx';
import { VALG, type Valg } from '../../src/islands/tekster.ts';

const MAPPE = join(import.meta.dirname, '../../content/scenarier');
const scenarier = readdirSync(MAPPE)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const v = valider(JSON.parse(readFileSync(join(MAPPE, f), 'utf8')), f);
    if (!v.ok) throw new Error(v.fejl.join('\n'));
    return { id: f.replace(/\.json$/, ''), data: v.scenarie };
  });

function find(pred: (s: Scenarie) => boolean) {
  const s = scenarier.find((x) => pred(x.data));
  if (!s) throw new Error('intet scenarie passer');
  return s;
}
/** Et tilbud, hvor 1.b gælder, med både medfølgende børn og personer, der ikke tæller. */
const medBoern = find((s) => gaelderFor(s.tilbudstype) && s.personer.some((p) => p.rolle === 'barn'));
const medFolkepension = find((s) => s.personer.some((p) => vurderPerson(p, s.tilbudstype).udeladt));
const undtaget = find((s) => !gaelderFor(s.tilbudstype));

function facit(v: PersonVurdering): Valg {
  return v.udeladt ? 'udeladt' : v.taeller ? 'taeller' : 'ikke';
}
const forkert = (v: Valg): Valg => (v === 'taeller' ? 'ikke' : 'taeller');

function vis() {
  return render(<Gennemgang scenarier={scenarier} intervaller={INTERVALLER} />);
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

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('Gennemgang', () => {
  it('går et tilbud igennem; feedback navngiver motorens regel, og slutscoren er motorens', () => {
    vis();
    vaelgTilbud(medBoern.data.navn);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Gælder indikator 1.b?');
    svar(/Ja, indikator 1.b gælder/);
    expect(feedback().textContent).toContain('Rigtigt.');
    // Feedback står i en aria-live-region, og fokus flyttes dertil.
    expect(feedback().closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.activeElement).toBe(feedback());
    fireEvent.click(screen.getByRole('button', { name: 'Næste person' }));

    const personer = medBoern.data.personer;
    personer.forEach((p, i) => {
      expect(document.activeElement?.textContent).toBe(p.navn);
      const v = vurderPerson(p, medBoern.data.tilbudstype);
      // Svar forkert på den første person, rigtigt på resten.
      const valg = i === 0 ? forkert(facit(v)) : facit(v);
      svar(VALG[valg]);
      const fb = feedback();
      expect(fb.textContent).toContain(i === 0 ? 'Ikke helt.' : 'Rigtigt.');
      expect(fb.textContent).toContain(REGLER[v.regel].titel);
      expect(fb.textContent).toContain(REGLER[v.regel].forklaring.slice(0, 40));
      const links = within(fb).getAllByRole('link').map((a) => a.getAttribute('href'));
      expect(links).toContain(regelHref(v.regel));
      fireEvent.click(screen.getByRole('button', { name: i === personer.length - 1 ? 'Se resultatet' : 'Næste person' }));
    });

    const r = beregnScenarie(medBoern.data);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`Resultat for ${medBoern.data.navn}`);
    expect(screen.getByText(`Du svarede rigtigt på ${personer.length} af ${personer.length + 1} spørgsmål.`)).toBeTruthy();
    expect(document.querySelector('dd.resultat-score')?.textContent).toBe(String(r.score));
    const tabel = screen.getByRole('table', { name: 'Optælling' });
    const raekke = (navn: string) => within(tabel).getByRole('rowheader', { name: navn }).parentElement!.textContent;
    expect(raekke('Borgere')).toContain(`${r.borgere.taeller}${r.borgere.grundlag}`);
    expect(raekke('Medfølgende børn')).toContain(`${r.boern.taeller}${r.boern.grundlag}`);
    expect(raekke('Samlet (ét fælles grundlag)')).toContain(`${r.taeller}${r.grundlag}`);
    expect(screen.getByText(new RegExp(r.baand!.betegnelse))).toBeTruthy();
    const udkast = screen.getByLabelText('Udkast til bedømmelsen') as HTMLTextAreaElement;
    expect(udkast.readOnly).toBe(true);
    expect(udkast.value).toContain(`Foreslået score: ${r.score}`);
  });

  it('viser udeladte borgere på folkepension og nabo-scorer fra motoren', () => {
    vis();
    vaelgTilbud(medFolkepension.data.navn);
    svar(/Ja, indikator 1.b gælder/);
    fireEvent.click(screen.getByRole('button', { name: 'Næste person' }));
    for (const p of medFolkepension.data.personer) {
      svar(VALG[facit(vurderPerson(p, medFolkepension.data.tilbudstype))]);
      fireEvent.click(screen.getByRole('button', { name: /Næste person|Se resultatet/ }));
    }
    const r = beregnScenarie(medFolkepension.data);
    expect(r.udeladt).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`^${r.udeladt} borger(e)? på folkepension uden tilbud er udeladt`))).toBeTruthy();
    expect(document.querySelector('dd.resultat-score')?.textContent).toBe(String(r.score));
    const ogsaa = screen.getByText('Kan også forsvares').nextElementSibling!.textContent!;
    if (r.ogsaaForsvarligt.length > 0) for (const s of r.ogsaaForsvarligt) expect(ogsaa).toContain(String(s));
    else expect(ogsaa).toMatch(/^Ingen/);
  });

  it('et tilbud, hvor 1.b ikke gælder: første trin forklarer undtagelsen, og der gives ingen score', () => {
    vis();
    vaelgTilbud(undtaget.data.navn);
    svar(/Ja, indikator 1.b gælder/);
    expect(feedback().textContent).toContain('Ikke helt.');
    expect(feedback().textContent).toContain(REGLER['gaelder-ikke'].titel);
    fireEvent.click(screen.getByRole('button', { name: 'Se resultatet' }));
    expect(screen.getByText(/Indikator 1.b gælder ikke for denne tilbudstype/)).toBeTruthy();
    expect(document.querySelector('dd.resultat-score')).toBeNull();
    expect(screen.queryByText('Foreslået score')).toBeNull();
  });

  it('beder om et svar, før der kan svares', () => {
    vis();
    fireEvent.click(screen.getByRole('button', { name: 'Start gennemgangen' }));
    expect(screen.getByText('Vælg et tilbud først.')).toBeTruthy();
    vaelgTilbud(medBoern.data.navn);
    fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
    expect(screen.getByText('Vælg et svar først.')).toBeTruthy();
    expect(document.querySelector('.feedback')).toBeNull();
  });

  it('gemmer fremskridtet versioneret og kan fortsætte, hvor brugeren slap', () => {
    const { unmount } = vis();
    vaelgTilbud(medBoern.data.navn);
    svar(/Ja, indikator 1.b gælder/);
    fireEvent.click(screen.getByRole('button', { name: 'Næste person' }));
    const foerste = medBoern.data.personer[0];
    svar(VALG.taeller);
    const gemt = JSON.parse(localStorage.getItem(GEMME_NOEGLE)!);
    expect(gemt).toMatchObject({ version: 1, scenarie: medBoern.id, trin: 1, svar: { gaelder: 'ja', [foerste.id]: 'taeller' } });
    unmount();

    vis();
    expect(screen.getByText(new RegExp(`Du er i gang med ${medBoern.data.navn}`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsæt hvor du slap' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(foerste.navn);
    // Svaret er bevaret, så feedback vises igen.
    expect(feedback().textContent).toContain(REGLER[vurderPerson(foerste, medBoern.data.tilbudstype).regel].titel);
  });

  it('"Start forfra" sletter det gemte', () => {
    localStorage.setItem(GEMME_NOEGLE, JSON.stringify({ version: 1, scenarie: medBoern.id, trin: 1, svar: { gaelder: 'ja' } }));
    vis();
    fireEvent.click(screen.getByRole('button', { name: 'Start forfra' }));
    expect(localStorage.getItem(GEMME_NOEGLE)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fortsæt hvor du slap' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start gennemgangen' })).toBeTruthy();
  });

  it.each([
    ['ødelagt JSON', '{"version":1,'],
    ['gammel version', JSON.stringify({ version: 0, scenarie: 'x', trin: 0, svar: {} })],
    ['ukendt tilbud', JSON.stringify({ version: 1, scenarie: 'findes-ikke', trin: 0, svar: {} })],
    ['ugyldigt svar', JSON.stringify({ version: 1, scenarie: scenarier[0].id, trin: 1, svar: { gaelder: 'måske' } })],
    ['trin uden for rækkevidde', JSON.stringify({ version: 1, scenarie: scenarier[0].id, trin: 99, svar: {} })],
    ['ikke et objekt', '42'],
  ])('ignorerer gemte data (%s) med en dansk besked og uden at gå ned', (_navn, data) => {
    localStorage.setItem(GEMME_NOEGLE, data);
    vis();
    expect(screen.getByRole('status').textContent).toMatch(/kunne ikke læses/);
    expect(localStorage.getItem(GEMME_NOEGLE)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fortsæt hvor du slap' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start gennemgangen' })).toBeTruthy();
  });

  it('"Kopiér teksten" viser en dansk besked, når udklipsholderen ikke findes', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    vis();
    vaelgTilbud(undtaget.data.navn);
    svar(/Nej, indikator 1.b gælder ikke/);
    fireEvent.click(screen.getByRole('button', { name: 'Se resultatet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kopiér teksten' }));
    expect(await screen.findByText(/kunne ikke kopieres automatisk/)).toBeTruthy();
  });
});
