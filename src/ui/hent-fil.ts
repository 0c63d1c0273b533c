/** Starter en download af en tekst som fil i browseren (intet sendes). */
export function hentFil(navn: string, tekst: string, type: string) {
  const url = URL.createObjectURL(new Blob([tekst], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = navn;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
