import { describe, expect, it } from 'vitest';
import { ankerFor } from '../../src/utils/slugs.ts';

describe('ankerFor', () => {
  it.each([
    ['Hvad siger indikator 1.b?', 'hvad-siger-indikator-1-b'],
    ['Borgere på folkepension', 'borgere-paa-folkepension'],
    ['Borgere på førtidspension', 'borgere-paa-foertidspension'],
    ['Medfølgende børn', 'medfoelgende-boern'],
    ['Årsager til at en borger ikke er i gang', 'aarsager-til-at-en-borger-ikke-er-i-gang'],
    ['Hvilke tilbud gælder indikator 1.b for?', 'hvilke-tilbud-gaelder-indikator-1-b-for'],
    ['Samværs- og aktivitetstilbud', 'samvaers-og-aktivitetstilbud'],
    ['Tilbuddets egne aktiviteter tæller ikke', 'tilbuddets-egne-aktiviteter-taeller-ikke'],
    ['Café, Müller & Jönsson: Ärlig', 'cafe-muller-jonsson-arlig'],
    ['  --Æble   §§ 103!! ', 'aeble-103'],
    ['ÆØÅ', 'aeoeaa'],
    ['', ''],
  ])('%j → %j', (ind, ud) => {
    expect(ankerFor(ind)).toBe(ud);
  });

  it('giver kun a–z, 0–9 og enkelte bindestreger', () => {
    for (const t of ['Hvordan scores indikator 1.b?', 'Særlige beskæftigelsestilbud', 'a — b – c']) {
      const a = ankerFor(t);
      expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
