/**
 * Omskriver en søgning til sitets egne ord, før Pagefind søger (Pagefind UI's `processTerm`).
 * Reglerne er data i content/data/soegeord-synonymer.json; her står kun mekanikken, uden zod, så
 * modulet kan køre i browseren. Pagefind finder kun sider, der rummer alle ordene, så erstatninger
 * udskifter ord i stedet for at tilføje dem, og fyldord fjernes fra søgninger med flere ord.
 */
import data from '../../content/data/soegeord-synonymer.json' with { type: 'json' };

export interface Soegeregler {
  paragrafOrd: string[];
  fyldord: string[];
  erstatninger: { fra: string[]; til: string }[];
}

const smaa = (s: string) => s.toLocaleLowerCase('da');
const ordIn = (s: string) => smaa(s).split(/\s+/).filter(Boolean);

/** Forbereder reglerne: vendinger som ordlister, de længste først, så "beskyttet værksted" går før "værksted". */
function forbered(r: Soegeregler) {
  const vendinger = r.erstatninger.flatMap((e) => e.fra.map((f) => ({ fra: ordIn(f), til: ordIn(e.til) }))).sort((a, b) => b.fra.length - a.fra.length);
  return { paragraf: new Set(r.paragrafOrd.map(smaa)), fyld: new Set(r.fyldord.map(smaa)), vendinger };
}

const cache = new WeakMap<Soegeregler, ReturnType<typeof forbered>>();

export function omskrivSoegning(soegning: string, regler: Soegeregler = data): string {
  let f = cache.get(regler);
  if (!f) cache.set(regler, (f = forbered(regler)));
  // Paragraftegn: "§103" og "§§ 107" bliver "§ 103", "§ 107"; tegnsætning om ordene fjernes.
  const tekst = smaa(soegning)
    .replace(/§+\s*(?=\d)/g, '§ ')
    .replace(/[?!,;:"“”„()]/g, ' ');
  const ind = tekst.split(/\s+/).filter(Boolean);
  if (ind.length === 0) return soegning;

  const ud: string[] = [];
  for (let i = 0; i < ind.length;) {
    const ord = ind[i];
    // "paragraf 103" / "pgf. 103" → "§ 103"
    if (f.paragraf.has(ord) && /^\d/.test(ind[i + 1] ?? '')) {
      ud.push('§');
      i++;
      continue;
    }
    const v = f.vendinger.find((x) => x.fra.every((w, j) => ind[i + j] === w));
    if (v) {
      ud.push(...v.til);
      i += v.fra.length;
      continue;
    }
    ud.push(ord);
    i++;
  }
  // Fyldord væk, men aldrig alle ord; "§" beholdes kun foran et tal.
  const uden = ud.filter((o) => !f.fyld.has(o));
  const resultat = (uden.length > 0 ? uden : ud).filter((o, i, a) => a.indexOf(o) === i || o === '§');
  return resultat.join(' ');
}
