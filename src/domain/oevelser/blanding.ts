/**
 * Blanding med et frø: samme frø giver samme rækkefølge, så et delt link til quizzen viser
 * spørgsmål og svar i samme orden. Generatoren er mulberry32 (32 bit, hurtig og velkendt).
 */
export function generator(froe: number): () => number {
  let a = froe >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** En ny liste i blandet rækkefølge (Fisher–Yates). Listen selv ændres ikke. */
export function bland<T>(liste: readonly T[], tilfaeldig: () => number): T[] {
  const ud = [...liste];
  for (let i = ud.length - 1; i > 0; i--) {
    const j = Math.floor(tilfaeldig() * (i + 1));
    [ud[i], ud[j]] = [ud[j], ud[i]];
  }
  return ud;
}

/** Et frø fra en tekst i en adresse ("#r=123"); null, hvis teksten ikke er et frø. */
export function laesFroe(tekst: string | null | undefined): number | null {
  if (!tekst || !/^\d{1,9}$/.test(tekst)) return null;
  return Number(tekst);
}

export function nytFroe(): number {
  return Math.floor(Math.random() * 1_000_000_000);
}
