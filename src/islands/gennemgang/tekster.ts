/** Gennemgangens danske tekster. */
export const T = {
  kraeverJs: 'Den guidede gennemgang kræver JavaScript.',
  vaelgLegend: 'Vælg et eksempel på et tilbud',
  start: 'Start gennemgangen',
  vaelgFoerst: 'Vælg et tilbud først.',
  gemt: (navn: string, trin: number, i_alt: number) => `Du er i gang med ${navn} (trin ${trin} af ${i_alt}).`,
  fortsaet: 'Fortsæt hvor du slap',
  forfra: 'Start forfra',
  andetTilbud: 'Vælg et andet tilbud',
  oedelagt:
    'Den gemte gennemgang kunne ikke læses – den var ødelagt eller fra en ældre version af sitet. Den er slettet, og du kan starte en ny.',
  trin: (nr: number, i_alt: number) => `Trin ${nr} af ${i_alt}`,
  gaelderOverskrift: 'Gælder indikator 1.b?',
  gaelderLegend: (navn: string) => `Gælder indikator 1.b for ${navn}?`,
  ja: 'Ja, indikator 1.b gælder',
  nej: 'Nej, indikator 1.b gælder ikke',
  tilbudstype: 'Tilbudstype',
  hvadLegend: (navn: string) => `Hvad er ${navn} i gang med?`,
  udfaldLegend: (navn: string) => `Hvordan indgår ${navn} i indikator 1.b?`,
  svar: 'Svar',
  videre: 'Videre',
  naeste: 'Næste person',
  tilResultat: 'Se resultatet',
  gaelderSvar: (gaelder: boolean, navn: string) =>
    gaelder ? `Indikator 1.b gælder for ${navn}. Tilbudstypen er ikke omfattet af undtagelsen:` : `Indikator 1.b gælder ikke for ${navn}.`,
  sitetsSvar: (s: string) => `Sitets svar er »${s}«.`,
  ditSvar: (s: string) => `Du svarede »${s}«.`,
  hvadSvar: 'Sådan hører det til',
  ingenForloeb: 'Personen er ikke i noget.',
  uklart: (hvad: string) => `Beskrivelsen afgør det ikke. Det skal undersøges hos tilbuddet: ${hvad}`,
  uafklaretForklaring:
    'Indtil det er undersøgt, kan begge svar forsvares. Sitet regner i eksemplet med det, undersøgelsen viser:',
  resultatOverskrift: (navn: string) => `Resultat for ${navn}`,
  rigtige: (r: number, f: number, n: number) =>
    f > 0
      ? `Du svarede rigtigt på ${r} og forsvarligt på ${f} af ${n} spørgsmål.`
      : `Du svarede rigtigt på ${r} af ${n} spørgsmål.`,
  laeringsmaal: 'Det kunne du lære her',
  oversigt: 'Personerne',
  navn: 'Person',
  dinKlasse: 'Hvad du svarede, personen er i gang med',
  ditUdfald: 'Hvordan du svarede, personen indgår',
  sitets: 'Sitets svar',
  ikkeBesvaret: 'ikke besvaret',
  facitSide: 'Se facit for alle eksempler',
} as const;
