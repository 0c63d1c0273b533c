// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bedoemQuiz, muligheder, slaaOpQuiz, type QuizSpoergsmaal } from '../../src/domain/oevelser/quiz.ts';
import Quiz1b from '../../src/islands/Quiz1b.tsx';
import { eksempler, laesQuiz } from '../eksempeldata.ts';
import { REGLER } from '../../src/domain/indikator1b/index.ts';

const quiz = slaaOpQuiz(laesQuiz(), eksempler);

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => history.replaceState(null, '', '/oevelser/quiz/#r=7'));
afterEach(() => cleanup());

function vis(qs: QuizSpoergsmaal[] = quiz) {
  return render(<Quiz1b spoergsmaal={qs} />);
}
const overskrift = () => screen.getByRole('heading', { level: 3 }).textContent ?? '';
const feedback = () => document.querySelector('.feedback') as HTMLElement;
/** Det aktuelle spørgsmål, fundet ud fra svarfeltets navn. */
function aktuelt(): QuizSpoergsmaal {
  const navn = document.querySelector<HTMLInputElement>('input[type=radio]')!.name.replace('quiz-', '');
  return quiz.find((q) => q.id === navn)!;
}
function besvar(hvilket: 'rigtigt' | 'forkert' | 'forsvarligt') {
  const q = aktuelt();
  const m = muligheder(q).find((x) => bedoemQuiz(q, x.id).status === hvilket);
  if (!m) return false;
  fireEvent.click(screen.getByRole('radio', { name: m.tekst }));
  fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
  return true;
}
const videre = () => fireEvent.click(screen.getByRole('button', { name: /Næste spørgsmål|Se dit resultat/ }));

describe('Quiz1b', () => {
  it('viser de andre regler, der er i spil for en person, som gennemgangen gør', () => {
    const q = quiz.find((x) => x.type === 'person' && bedoemQuiz(x, 'taeller').ekstraRegler.length > 0);
    expect(q, 'et spørgsmål om en person med flere regler i spil').toBeDefined();
    vis([q!]);
    fireEvent.click(screen.getAllByRole('radio')[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
    expect(feedback().textContent).toContain('Også i spil:');
    for (const r of bedoemQuiz(q!, 'taeller').ekstraRegler) expect(feedback().querySelector('.ogsaa-liste')!.textContent).toContain(REGLER[r].titel);
  });

  it('samme frø i adressen giver samme rækkefølge af spørgsmål og svar', () => {
    vis();
    const foerste = [aktuelt().id, ...screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)];
    cleanup();
    vis();
    expect([aktuelt().id, ...screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)]).toEqual(foerste);
    expect(location.hash).toBe('#r=7');
    cleanup();
    history.replaceState(null, '', '/oevelser/quiz/#r=8');
    vis();
    const anden = [aktuelt().id, ...screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)];
    expect(anden).not.toEqual(foerste);
  });

  it('godkender en anden læsning som forsvarlig og viser begge læsninger', () => {
    const q = quiz.find((x) => x.id === 'folkepension')!;
    vis([q]);
    fireEvent.click(screen.getByRole('radio', { name: 'Tæller ikke med' }));
    fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
    expect(feedback().textContent).toContain('Forsvarligt – med en anden læsning.');
    expect(feedback().textContent).toContain('De udelades af grundlaget');
    expect(feedback().textContent).toContain('De indgår i grundlaget');
    expect(feedback().closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.activeElement).toBe(feedback());
  });

  it('viser de missede spørgsmål med reglen til sidst og lader kun dem tages igen', () => {
    vis();
    let missede = 0;
    for (let i = 0; i < quiz.length; i++) {
      // Svar forkert på de tre første, rigtigt på resten.
      if (i < 3 && besvar('forkert')) missede++;
      else besvar('rigtigt');
      videre();
    }
    expect(overskrift()).toBe('Quizzen er slut');
    expect(screen.getByText(`Du fik ${quiz.length - missede} rigtige ud af ${quiz.length}.`)).toBeTruthy();
    const liste = screen.getByRole('heading', { name: 'Spørgsmål, du missede' }).nextElementSibling!;
    expect(liste.querySelectorAll(':scope > li')).toHaveLength(missede);
    expect(liste.textContent).toContain('Sitets svar er');
    fireEvent.click(screen.getByRole('button', { name: `Tag de ${missede} missede spørgsmål igen` }));
    expect(overskrift()).toBe(`Spørgsmål 1 af ${missede}`);
    for (let i = 0; i < missede; i++) {
      besvar('rigtigt');
      videre();
    }
    expect(screen.getByText('Du missede ingen spørgsmål.')).toBeTruthy();
  });

  it('beder om et svar, før der kan svares', () => {
    vis();
    fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
    expect(screen.getByText('Vælg et svar først.')).toBeTruthy();
  });
});
