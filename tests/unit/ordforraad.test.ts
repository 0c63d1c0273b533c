/**
 * Hvor data og kode nævner det samme ordforråd, binder en test dem: kildernes id'er, lovene og æraerne.
 */
import { describe, expect, it } from 'vitest';
import kilder from '../../content/data/kilder.json' with { type: 'json' };
import lovgivning from '../../content/data/lovgivning.json' with { type: 'json' };
import { AERA_IDER, KILDE_IDER } from '../../src/schemas/lister.ts';
import { LOVE } from '../../src/schemas/lovgivning.ts';
import { HENVISBARE_LOVE } from '../../src/domain/lovhenvisninger/find.ts';

describe('ordforråd i data og kode', () => {
  it('hvert kilde-id i koden har en post i kilder.json, og omvendt', () => {
    expect(kilder.map((k) => k.id).toSorted()).toEqual([...KILDE_IDER].toSorted());
  });

  it('hver lov med paragraffer i lovoversigten kan nævnes ved navn i en tekst, så link-pluginet kan finde den', () => {
    const medParagraf = new Set(lovgivning.filter((b) => 'paragraf' in b).map((b) => b.lov));
    expect([...medParagraf].filter((l) => !(HENVISBARE_LOVE as string[]).includes(l))).toEqual([]);
    for (const l of HENVISBARE_LOVE) expect(Object.keys(LOVE)).toContain(l);
  });

  it('hver æra bruges i lovoversigten, og posterne bruger kun kendte æraer', () => {
    expect([...new Set(lovgivning.map((b) => b.aera))].toSorted()).toEqual([...AERA_IDER].toSorted());
  });
});
