/** Adressens fragment: øerne læser og skriver deres delte data med de samme to funktioner. */
import { describe, expect, it } from 'vitest';
import { FRAGMENT, fragment, fragmentParameter } from '../../src/utils/fragment.ts';

describe('fragment', () => {
  it('læser en parameter fra et fragment eller en hel adresse', () => {
    expect(fragmentParameter('#t=abc_-9', FRAGMENT.tilbud)).toBe('abc_-9');
    expect(fragmentParameter('#t=abc&r=xyz', FRAGMENT.resultat)).toBe('xyz');
    expect(fragmentParameter('https://eksempel.dk/oevelser/kalibrering/sammenlign/#r=xyz', FRAGMENT.resultat)).toBe('xyz');
    expect(fragmentParameter('#b=', FRAGMENT.beregning)).toBe('');
  });

  it('finder intet uden parameteren, uden fragment eller i en anden parameters navn', () => {
    expect(fragmentParameter('', FRAGMENT.tilbud)).toBeNull();
    expect(fragmentParameter('#r=1', FRAGMENT.tilbud)).toBeNull();
    expect(fragmentParameter('https://eksempel.dk/?t=abc', FRAGMENT.tilbud)).toBeNull();
    expect(fragmentParameter('#xt=abc', FRAGMENT.tilbud)).toBeNull();
  });

  it('det, fragment() skriver, læser fragmentParameter() igen', () => {
    for (const navn of Object.values(FRAGMENT)) expect(fragmentParameter(fragment(navn, 'q1_-Z'), navn)).toBe('q1_-Z');
    expect(fragment(FRAGMENT.froe, 42)).toBe('#r=42');
  });
});
