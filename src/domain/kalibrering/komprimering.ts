/**
 * Et JSON-objekt som kort tekst til en adresses fragment (#…): deflate-raw med browserens egen
 * CompressionStream og base64url. Fragmentet sendes aldrig til serveren, så tilbuddet og svarene
 * bliver i browseren.
 */
async function stroem(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const ud = new Blob([data as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(ud).arrayBuffer());
}

function tilBase64url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fraBase64url(tekst: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(tekst)) throw new Error('ugyldige tegn');
  const b64 = tekst.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (tekst.length % 4)) % 4);
  const s = atob(b64);
  const ud = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) ud[i] = s.charCodeAt(i);
  return ud;
}

export async function pak(vaerdi: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(vaerdi));
  return tilBase64url(await stroem(bytes, new CompressionStream('deflate-raw')));
}

/** Pakker teksten ud; kaster, hvis den ikke er gyldig (afkortet, ændret eller ikke JSON). */
export async function udpak(tekst: string): Promise<unknown> {
  const bytes = await stroem(fraBase64url(tekst), new DecompressionStream('deflate-raw'));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}
