/** Visningsnavne for lovoversigtens poster, fx "Serviceloven § 104, stk. 2" eller "Serviceloven (2005) § 87, stk. 2". */
import { LOVE, type Bestemmelse } from '../../schemas/lovgivning.ts';

export function henvisningstekst(b: Bestemmelse): string {
  const dele: string[] = [];
  if (b.paragraf) dele.push(`§ ${b.paragraf}`);
  if (b.stk) dele.push(`stk. ${b.stk}`);
  if (b.nr) dele.push(`nr. ${b.nr}`);
  const paragraf = dele.join(', ');
  return [paragraf, b.omfang].filter(Boolean).join(' ');
}

export function visningsnavn(b: Bestemmelse): string {
  const lov = LOVE[b.lov].navn + (b.aera === 'historisk-2005' ? ' (2005)' : '');
  const hv = henvisningstekst(b);
  return b.lov === 'andet' || b.lov === 'uddannelse' ? b.titel : `${lov} ${hv}`.trim();
}
