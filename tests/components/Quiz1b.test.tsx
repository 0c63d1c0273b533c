// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERVALLER, REGLER, REGEL_IDER, regelHref, scoreForAndel } from '../../src/domain/indikator1b/index.ts';
import Quiz1b, { type QuizSpoergsmaal } from '../../src/islands/Quiz1b.tsx';
import data from '../../content/data/quiz-1b.json' with { type: 'json' };

const quiz = data as QuizSpoergsmaal[];

afterEach(() => cleanup());

function vis() {
  return render(<Quiz1b spoergsmaal={quiz} intervaller={INTERVALLER} />);
}

function besvar(i: number) {
  fireEvent.click(screen.getByRole('radio', { name: quiz[nr()].svar[i] }));
  fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
}
function nr(): number {
  const m = /Spørgsmål (\d+) af/.exec(screen.getByRole('heading', { level: 3 }).textContent ?? '');
  return m ? Number(m[1]) - 1 : -1;
}
const feedback = () => document.querySelector('.feedback') as HTMLElement;

describe('quiz-1b.json', () => {
  it('har ti spørgsmål med gyldige svar og en regel fra motoren eller en beregning', () => {
    expect(quiz.length).toBe(10);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
    for (const q of quiz) {
      expect(q.svar.length).toBeGreaterThanOrEqual(2);
      expect(q.rigtigt).toBeGreaterThanOrEqual(0);
      expect(q.rigtigt).toBeLessThan(q.svar.length);
      expect(q.regel !== undefined || q.beregning !== undefined).toBe(true);
      if (q.regel) expect(REGEL_IDER).toContain(q.regel);
    }
  });

  it('det rigtige svar på spørgsmål med en beregning er motorens score', () => {
    for (const q of quiz.filter((x) => x.beregning)) {
      const { score } = scoreForAndel(q.beregning!.taeller, q.beregning!.grundlag);
      expect(q.svar[q.rigtigt]).toContain(String(score));
      for (const [i, s] of q.svar.entries()) if (i !== q.rigtigt) expect(s).not.toContain(String(score));
    }
  });
});

describe('Quiz1b', () => {
  it('giver feedback med forklaring, regel og link i en aria-live-region', () => {
    vis();
    const q = quiz[0];
    besvar(q.rigtigt);
    const fb = feedback();
    expect(fb.closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.activeElement).toBe(fb);
    expect(fb.textContent).toContain('Rigtigt.');
    expect(fb.textContent).toContain(q.forklaring);
    expect(fb.textContent).toContain(REGLER[q.regel!].titel);
    expect(within(fb).getAllByRole('link').map((a) => a.getAttribute('href'))).toContain(regelHref(q.regel!));
  });

  it('et forkert svar nævner det rigtige', () => {
    vis();
    const q = quiz[0];
    besvar((q.rigtigt + 1) % q.svar.length);
    expect(feedback().textContent).toContain('Ikke helt.');
    expect(feedback().textContent).toContain(`Det rigtige svar er „${q.svar[q.rigtigt]}“`);
  });

  it('kræver et valgt svar', () => {
    vis();
    fireEvent.click(screen.getByRole('button', { name: 'Svar' }));
    expect(screen.getByText('Vælg et svar først.')).toBeTruthy();
    expect(feedback()).toBeNull();
  });

  it('tæller point til sidst og kan startes igen', () => {
    vis();
    let forventet = 0;
    quiz.forEach((q, i) => {
      expect(nr()).toBe(i);
      const valg = i % 3 === 0 ? (q.rigtigt + 1) % q.svar.length : q.rigtigt;
      if (valg === q.rigtigt) forventet++;
      besvar(valg);
      if (q.beregning) {
        const s = scoreForAndel(q.beregning.taeller, q.beregning.grundlag);
        expect(feedback().textContent).toContain(`foreslår score ${s.score}`);
      }
      fireEvent.click(screen.getByRole('button', { name: i === quiz.length - 1 ? 'Se dit resultat' : 'Næste spørgsmål' }));
    });
    expect(screen.getByText(`Du fik ${forventet} af ${quiz.length} rigtige.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tag quizzen igen' }));
    expect(nr()).toBe(0);
    expect(feedback()).toBeNull();
  });
});
