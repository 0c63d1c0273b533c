/**
 * Udkast til den skriftlige bedømmelse af indikator 1.b. Teksten gengiver tallene, hensynet til
 * borgere på folkepension, båndet og den foreslåede score. Den forklarer bevidst ikke, hvorfor
 * nogen ikke er i gang – den slags hører til vurderingen af kriterium 1.
 */
import type { Resultat } from './beregn-kerne.ts';

type UdkastInput = Pick<Resultat, 'gaelder' | 'grund' | 'taeller' | 'grundlag' | 'udeladt' | 'andel' | 'score' | 'baand' | 'ogsaaForsvarligt' | 'borgere' | 'boern'>;

const I_GANG = 'uddannelse, beskæftigelse eller samværs- og aktivitetstilbud';

function procent(andel: number | null): string {
  return andel === null ? '' : ` (${Math.round(andel * 100)} %)`;
}

function borgere(n: number): string {
  return n === 1 ? 'borger' : 'borgere';
}

function boern(n: number): string {
  return n === 1 ? 'medfølgende barn' : 'medfølgende børn';
}

function liste(tal: number[]): string {
  const t = tal.map(String);
  return t.length <= 1 ? t.join('') : `${t.slice(0, -1).join(', ')} eller ${t[t.length - 1]}`;
}

export function udkastTilBedoemmelse(resultat: UdkastInput, scenarieNavn?: string): string {
  const afsnit: string[] = [];
  const hvor = scenarieNavn ? ` på ${scenarieNavn}` : '';

  if (!resultat.gaelder) {
    const grund = resultat.grund ?? 'Kvalitetsmodellen undtager denne tilbudstype fra indikatoren.';
    afsnit.push(`Indikator 1.b gælder ikke${scenarieNavn ? ` for ${scenarieNavn}` : ''}. ${grund} Der gives derfor ingen score for indikatoren.`);
    return afsnit.join('\n\n');
  }

  const b = resultat.borgere;
  const tal: string[] = [];
  if (b.grundlag > 0 || resultat.boern.grundlag === 0) {
    tal.push(`${b.taeller} af ${b.grundlag} ${borgere(b.grundlag)}${hvor} er i ${I_GANG}${procent(b.andel)}.`);
  }
  const c = resultat.boern;
  if (c.grundlag > 0) {
    tal.push(`${c.taeller} af ${c.grundlag} ${boern(c.grundlag)} er i dagtilbud eller grundskoletilbud uden for tilbuddet${procent(c.andel)}.`);
    if (b.grundlag > 0) {
      tal.push(
        `Borgere og børn er talt sammen i ét grundlag: ${resultat.taeller} af ${resultat.grundlag}${procent(resultat.andel)} er i gang.`,
      );
    }
  }
  if (tal.length > 0) afsnit.push(tal.join(' '));

  if (resultat.udeladt > 0) {
    const z = resultat.udeladt;
    const hvem = z === 1 ? 'vedkommende' : 'de';
    const alder = z === 1 ? 'alderen' : 'deres alder';
    afsnit.push(
      `${z} ${borgere(z)} modtager folkepension og er ikke i ${I_GANG}; ${hvem} indgår ikke i grundlaget, så ${alder} ikke trækker bedømmelsen ned.`,
    );
  }

  if (resultat.score === null || resultat.baand === null) {
    afsnit.push('Ingen indgår i grundlaget, så andelen kan ikke beregnes, og udkastet foreslår ingen score.');
    return afsnit.join('\n\n');
  }

  const ord = resultat.baand.ord === 'Alle' ? 'alle' : resultat.baand.ord.toLowerCase();
  afsnit.push(
    `Det svarer til trinnet "${ord}" – ${resultat.baand.betegnelse}. Foreslået score: ${resultat.score}. Grænserne mellem trinnene er sitets fortolkning, da vejledningen ikke angiver procenter.`,
  );

  if (resultat.ogsaaForsvarligt.length > 0) {
    const andre = liste(resultat.ogsaaForsvarligt);
    afsnit.push(
      `Andelen ligger tæt på en grænse: tæller én person mere eller én færre, bliver scoren ${andre}. En score på ${andre} kan derfor også forsvares, hvis tilsynet er i tvivl om en enkelt person.`,
    );
  }

  return afsnit.join('\n\n');
}
