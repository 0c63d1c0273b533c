/**
 * Fleiss' kappa (Fleiss 1971) for et fast antal bedømmere, der hver placerer hvert emne i én af
 * flere kategorier. Input: for hvert emne antallet af bedømmere i hver kategori. Alle rækker skal
 * have samme sum (antal bedømmere).
 *
 *   P_i  = (Σ_j n_ij² − n) / (n(n − 1))          enighed om emne i (andelen af par, der er enige)
 *   p_j  = Σ_i n_ij / (N·n)                       andel af alle bedømmelser i kategori j
 *   P̄    = gennemsnittet af P_i
 *   P̄_e  = Σ_j p_j²                               forventet enighed ved tilfældige svar
 *   κ    = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * κ er udefineret, når der er færre end to bedømmere eller ingen emner, og når P̄_e = 1 – dvs. alle
 * har brugt den samme kategori om alle emner. Så findes der ingen variation at måle enigheden mod.
 */
export interface Kappa {
  /** null, når κ er udefineret (se grund). */
  kappa: number | null;
  grund: 'for-faa-bedoemmere' | 'ingen-emner' | 'ingen-variation' | null;
  /** Enigheden om hvert emne (P_i); null med færre end to bedømmere. */
  enighed: (number | null)[];
  /** P̄ og P̄_e. */
  observeret: number | null;
  forventet: number | null;
  /** p_j for hver kategori. */
  andele: number[];
}

export function fleissKappa(taeller: readonly (readonly number[])[]): Kappa {
  const N = taeller.length;
  const k = N > 0 ? taeller[0].length : 0;
  const n = N > 0 ? taeller[0].reduce((a, b) => a + b, 0) : 0;
  for (const r of taeller) {
    if (r.length !== k) throw new Error('Alle emner skal have lige mange kategorier');
    if (r.reduce((a, b) => a + b, 0) !== n) throw new Error('Alle emner skal være bedømt af lige mange');
    if (r.some((x) => !Number.isInteger(x) || x < 0)) throw new Error('Antal skal være hele tal, mindst 0');
  }
  const andele = Array.from({ length: k }, (_, j) => (N * n > 0 ? taeller.reduce((a, r) => a + r[j], 0) / (N * n) : 0));
  if (N === 0) return { kappa: null, grund: 'ingen-emner', enighed: [], observeret: null, forventet: null, andele };
  if (n < 2) return { kappa: null, grund: 'for-faa-bedoemmere', enighed: taeller.map(() => null), observeret: null, forventet: null, andele };
  const enighed = taeller.map((r) => (r.reduce((a, x) => a + x * x, 0) - n) / (n * (n - 1)));
  const observeret = enighed.reduce((a, b) => a + b, 0) / N;
  const forventet = andele.reduce((a, p) => a + p * p, 0);
  if (Math.abs(1 - forventet) < 1e-12) return { kappa: null, grund: 'ingen-variation', enighed, observeret, forventet, andele };
  return { kappa: (observeret - forventet) / (1 - forventet), grund: null, enighed, observeret, forventet, andele };
}
