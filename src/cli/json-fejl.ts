/**
 * Finder den første syntaksfejl i en JSON-tekst og beskriver den på dansk med linje og kolonne.
 * JSON.parse giver kun engelske beskeder og ikke altid en position, så vi scanner selv.
 */

export interface JsonFejl {
  linje: number;
  kolonne: number;
  besked: string;
}

class Stop {
  pos: number;
  besked: string;
  constructor(pos: number, besked: string) {
    this.pos = pos;
    this.besked = besked;
  }
}

function scan(t: string): void {
  let i = 0;
  const mellemrum = () => {
    while (i < t.length && ' \t\n\r'.includes(t[i])) i++;
  };
  const slut = (hvad: string) => new Stop(i, `filen slutter, før ${hvad}`);
  const vaerdi = (): void => {
    mellemrum();
    if (i >= t.length) throw slut('der kommer en værdi');
    const c = t[i];
    if (c === '{') return objekt();
    if (c === '[') return liste();
    if (c === '"') return tekst();
    if (c === '-' || (c >= '0' && c <= '9')) return tal();
    for (const ord of ['true', 'false', 'null']) {
      if (t.startsWith(ord, i)) {
        i += ord.length;
        return;
      }
    }
    throw new Stop(i, `uventet tegn ${JSON.stringify(c)}; her forventes en værdi`);
  };
  const tekst = (): void => {
    i++;
    while (i < t.length) {
      const c = t[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const n = t[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) throw new Stop(i, 'ugyldig \\u-kode i tekst');
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else throw new Stop(i, 'ugyldig escape-sekvens i tekst');
        continue;
      }
      if (c < ' ') throw new Stop(i, 'linjeskift eller kontroltegn inde i en tekst');
      i++;
    }
    throw slut('teksten er afsluttet med "');
  };
  const tal = (): void => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(t.slice(i));
    if (!m || m[0] === '-' || m[0] === '') throw new Stop(i, 'ugyldigt tal');
    i += m[0].length;
  };
  /**
   * Et objekt eller en liste: åbningstegnet, elementerne adskilt af kommaer og lukketegnet. `element`
   * læser ét element; `hvad` navngiver samlingen i beskeden, når filen slutter før lukketegnet.
   */
  const samling = (luk: '}' | ']', hvad: string, element: () => void): void => {
    i++;
    mellemrum();
    if (t[i] === luk) {
      i++;
      return;
    }
    for (;;) {
      element();
      mellemrum();
      if (i >= t.length) throw slut(`${hvad} er lukket med ${luk}`);
      if (t[i] === ',') {
        i++;
        continue;
      }
      if (t[i] === luk) {
        i++;
        return;
      }
      throw new Stop(i, `her forventes et komma eller ${luk} (mangler der et komma?)`);
    }
  };
  const felt = (): void => {
    mellemrum();
    if (i >= t.length) throw slut('objektet er lukket med }');
    if (t[i] !== '"') throw new Stop(i, 'her forventes et feltnavn i dobbelte anførselstegn (måske et komma for meget)');
    tekst();
    mellemrum();
    if (i >= t.length) throw slut('der kommer et kolon');
    if (t[i] !== ':') throw new Stop(i, 'her forventes et kolon efter feltnavnet');
    i++;
    vaerdi();
  };
  const objekt = (): void => samling('}', 'objektet', felt);
  const liste = (): void => samling(']', 'listen', vaerdi);
  vaerdi();
  mellemrum();
  if (i < t.length) throw new Stop(i, 'der står mere efter JSON-værdien');
}

/** null, hvis teksten er gyldig JSON; ellers den første fejl. */
export function findJsonFejl(t: string): JsonFejl | null {
  try {
    scan(t);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const foer = t.slice(0, e.pos);
    const linje = foer.split('\n').length;
    const kolonne = e.pos - (foer.lastIndexOf('\n') + 1) + 1;
    return { linje, kolonne, besked: e.besked };
  }
}
