/** Små måleværktøjer til benchmark-scripts: gzip-størrelse, mappestørrelse og ø-JS pr. side. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (fil: string) => gzipSync(readFileSync(fil)).length;

export function mappeStoerrelse(dir: string): { bytes: number; filer: number } {
  let bytes = 0;
  let filer = 0;
  for (const navn of readdirSync(dir)) {
    const sti = join(dir, navn);
    const st = statSync(sti);
    if (st.isDirectory()) {
      const u = mappeStoerrelse(sti);
      bytes += u.bytes;
      filer += u.filer;
    } else {
      bytes += st.size;
      filer += 1;
    }
  }
  return { bytes, filer };
}

/** Alle JS-filer en side henter: <script src>, modulepreload og øernes component-url/renderer-url, med deres statiske imports. */
export function sidensJs(dist: string, side: string): { egne: string[]; alle: string[] } {
  const html = readFileSync(join(dist, side, 'index.html'), 'utf8');
  const oeer = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const samlet = new Set<string>();
  const besoeg = (url: string) => {
    if (samlet.has(url) || !url.startsWith('/')) return;
    const fil = join(dist, url);
    if (!existsSync(fil)) return;
    samlet.add(url);
    const kode = readFileSync(fil, 'utf8');
    for (const m of kode.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) besoeg(`/_astro/${m[1]}`);
  };
  const egne = new Set<string>();
  for (const u of oeer) besoeg(u);
  for (const u of samlet) egne.add(u);
  for (const u of scripts) besoeg(u);
  return { egne: [...egne], alle: [...samlet] };
}

export const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** Alle HTML-filer i dist/. */
export function alleHtml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? alleHtml(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Størrelsen af service workerens forhåndslager: filerne i sw.js' liste (url-felterne), som de ligger i dist/. */
export function forhaandslager(dist: string): { bytes: number; filer: number } | undefined {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return undefined;
  const urls = [...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const u of urls) {
    const rel = u.replace(/^\/(?:[^/]+\/)?/, '');
    const fil = existsSync(join(dist, u)) ? join(dist, u) : join(dist, rel);
    if (existsSync(fil)) bytes += statSync(fil).size;
  }
  return { bytes, filer: urls.length };
}
