/**
 * Kommandolinje: `npm run kalibrering -- FIL… [--json]`.
 * Sammenligner deltagernes resultatfiler fra en kalibrering af indikator 1.b: fordelingen af svar og
 * enigheden (Fleiss' Pᵢ) pr. person, Fleiss' kappa og fordelingen af scorer. Alle filer skal høre til
 * samme tilbud i samme udgave. Ved forkert input: dansk besked på stderr, exitkode 2, ingen stakspor.
 */
import { readFileSync } from 'node:fs';

const BRUG = 'Brug: npm run kalibrering -- FIL... [--json]';

class Brugerfejl extends Error {}

async function koer(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const ukendt = argv.find((a) => a.startsWith('-') && a !== '--json');
  if (ukendt) throw new Brugerfejl(`ukendt tilvalg "${ukendt}".\n${BRUG}`);
  const filer = argv.filter((a) => !a.startsWith('-'));
  if (filer.length === 0) throw new Brugerfejl(`mangler resultatfiler.\n${BRUG}`);
  const { laesResultatTekst } = await import('../domain/kalibrering/resultatfil-kontrol.ts');
  const { kappaIOrd, sammenlign, somJson } = await import('../domain/kalibrering/sammenligning.ts');
  const { UDFALD_NAVNE } = await import('../domain/indikator1b/index.ts');
  const resultater: import('../domain/kalibrering/resultatfil.ts').ResultatFil[] = [];
  for (const fil of filer) {
    let tekst: string;
    try {
      tekst = readFileSync(fil, 'utf8');
    } catch {
      throw new Brugerfejl(`${fil}: filen findes ikke eller kan ikke læses.`);
    }
    const l = laesResultatTekst(tekst, fil, resultater[0]?.scenarie);
    if (!l.ok) throw new Brugerfejl(l.fejl);
    if (resultater.some((r) => r.deltager === l.resultat.deltager))
      throw new Brugerfejl(`${fil}: deltageren »${l.resultat.deltager}« har allerede et resultat.`);
    resultater.push(l.resultat);
  }
  const scenarie = resultater[0].scenarie;
  const s = sammenlign(scenarie, resultater);
  if (json) {
    process.stdout.write(`${JSON.stringify(somJson(s), null, 2)}\n`);
    return 0;
  }
  const linjer = [`${scenarie.navn}: ${s.deltagere} deltagere (${resultater.map((r) => r.deltager).join(', ')})`, ''];
  scenarie.personer.forEach((p, i) => {
    const f = s.personer[i];
    const dele = (Object.keys(f.fordeling) as (keyof typeof f.fordeling)[])
      .filter((u) => f.fordeling[u] > 0)
      .map((u) => `${UDFALD_NAVNE[u]}: ${f.fordeling[u]}`);
    const enighed = f.enighed === null ? '–' : `${Math.round(f.enighed * 100)} %`;
    linjer.push(`${p.navn}: ${dele.join(', ')} (enighed ${enighed})`);
  });
  linjer.push('', `Fleiss' kappa: ${s.fleissKappa === null ? 'kan ikke beregnes' : s.fleissKappa.toFixed(3).replace('.', ',')}. ${kappaIOrd(s.kappa)}`);
  linjer.push(
    `Scorer: ${Object.entries(s.scorer)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')}${s.udenScore > 0 ? `, ingen score: ${s.udenScore}` : ''}`,
  );
  process.stdout.write(`${linjer.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = await koer(process.argv.slice(2));
} catch (e) {
  const besked = e instanceof Brugerfejl ? e.message : `uventet fejl i kalibrering-kommandoen: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
  process.stderr.write(`Fejl: ${besked}\n`);
  process.exitCode = 2;
}
