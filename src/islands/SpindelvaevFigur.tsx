/**
 * Spindelvævet som SVG: én akse pr. tema, ringe for skalaens trin, og en figur gennem temaernes
 * gennemsnit. Et tema uden gennemsnit får en stiplet akse og teksten "ingen score". Figuren er
 * role="img" med en billedtekst; tallene står i en rigtig tabel ved siden af (i Spindelvaev).
 */
import { formaterGennemsnit, MAX_SCORE } from '../domain/kvalitetsmodel/gennemsnit.ts';

export interface FigurTema {
  nummer: number;
  navn: string;
  gennemsnit: number | null;
}

interface Props {
  temaer: FigurTema[];
  /** id på billedteksten (figcaption), som figuren peger på med aria-labelledby. */
  tekstId: string;
  tekst: string;
}

// Figuren er bred i forhold til nettet, så temaernes navne kan stå ved aksen i en skrift, der også kan
// læses på en telefon: på en 375 px skærm vises figuren ca. 340 px bred, og 22 enheder bliver ca. 12,5 px.
const BREDDE = 600;
const HOEJDE = 450;
const CX = BREDDE / 2;
const CY = 215;
const R = 105;
/** Linjehøjde og største antal tegn pr. linje i en etiket (i figurens enheder). */
const LINJE = 24;
const TEGN_PR_LINJE = 16;

/** Deler "3. Målgruppe, metoder og resultater" i linjer på højst TEGN_PR_LINJE tegn. */
export function etiketLinjer(tekst: string, maks = TEGN_PR_LINJE): string[] {
  const linjer: string[] = [];
  for (const ord of tekst.split(' ')) {
    const sidste = linjer[linjer.length - 1];
    if (sidste !== undefined && `${sidste} ${ord}`.length <= maks) linjer[linjer.length - 1] = `${sidste} ${ord}`;
    else linjer.push(ord);
  }
  return linjer;
}

const punkt = (i: number, n: number, vaerdi: number) => {
  const vinkel = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (R * vaerdi) / MAX_SCORE;
  return { x: CX + r * Math.cos(vinkel), y: CY + r * Math.sin(vinkel), cos: Math.cos(vinkel), sin: Math.sin(vinkel) };
};
const tal = (v: number) => v.toFixed(1);

export default function SpindelvaevFigur({ temaer, tekstId, tekst }: Props) {
  const n = temaer.length;
  const ringe = Array.from({ length: MAX_SCORE }, (_, k) => k + 1);
  const medVaerdi = temaer.flatMap((t, i) => (t.gennemsnit === null ? [] : [{ ...punkt(i, n, t.gennemsnit), t }]));
  const linje = medVaerdi.map((p) => `${tal(p.x)},${tal(p.y)}`).join(' ');

  return (
    <figure class="vt-figur">
      <svg viewBox={`0 0 ${BREDDE} ${HOEJDE}`} role="img" aria-labelledby={tekstId} class="vt-spindel" focusable="false">
        <g class="vt-net">
          {ringe.map((k) => (
            <polygon
              key={k}
              points={temaer
                .map((_, i) => punkt(i, n, k))
                .map((p) => `${tal(p.x)},${tal(p.y)}`)
                .join(' ')}
            />
          ))}
        </g>
        <g class="vt-akser">
          {temaer.map((t, i) => {
            const p = punkt(i, n, MAX_SCORE);
            return <line key={t.nummer} x1={CX} y1={CY} x2={tal(p.x)} y2={tal(p.y)} class={t.gennemsnit === null ? 'vt-akse-mangler' : undefined} />;
          })}
        </g>
        <g class="vt-skalatal">
          {ringe.map((k) => {
            const p = punkt(0, n, k);
            return (
              <text key={k} x={tal(p.x + 4)} y={tal(p.y + 4)}>
                {k}
              </text>
            );
          })}
        </g>
        {medVaerdi.length >= 3 && <polygon class="vt-data" points={linje} />}
        {medVaerdi.length === 2 && <polyline class="vt-data" points={linje} />}
        <g class="vt-punkter">
          {medVaerdi.map((p) => (
            <circle key={p.t.nummer} cx={tal(p.x)} cy={tal(p.y)} r="4" />
          ))}
        </g>
        <g class="vt-etiketter">
          {temaer.map((t, i) => {
            const p = punkt(i, n, MAX_SCORE);
            const x = CX + (R + 14) * p.cos;
            const y = CY + (R + 14) * p.sin;
            const anker = p.cos > 0.3 ? 'start' : p.cos < -0.3 ? 'end' : 'middle';
            const navn = etiketLinjer(`${t.nummer}. ${t.navn}`);
            const linjer = navn.length + 1;
            // Første linjes grundlinje: over aksen øverst, under den nederst, ellers midt for.
            const foerste = p.sin < -0.5 ? y - 6 - (linjer - 1) * LINJE : p.sin > 0.5 ? y + 18 : y - (linjer * LINJE) / 2 + 17;
            return (
              <text key={t.nummer} x={tal(x)} y={tal(foerste)} text-anchor={anker}>
                {navn.map((l, k) => (
                  <tspan key={k} x={tal(x)} dy={k === 0 ? undefined : LINJE} class="vt-etiket-navn">
                    {l}
                  </tspan>
                ))}
                <tspan x={tal(x)} dy={LINJE} class={t.gennemsnit === null ? 'vt-etiket-mangler' : 'vt-etiket-tal'}>
                  {t.gennemsnit === null ? 'ingen score' : formaterGennemsnit(t.gennemsnit)}
                </tspan>
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption id={tekstId}>{tekst}</figcaption>
    </figure>
  );
}
