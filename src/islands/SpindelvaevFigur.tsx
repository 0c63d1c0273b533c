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

const BREDDE = 520;
const HOEJDE = 420;
const CX = BREDDE / 2;
const CY = HOEJDE / 2;
const R = 140;

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
      <svg
        viewBox={`0 0 ${BREDDE} ${HOEJDE}`}
        role="img"
        aria-labelledby={tekstId}
        class="vt-spindel"
        focusable="false"
      >
        <g class="vt-net">
          {ringe.map((k) => (
            <polygon
              key={k}
              points={temaer.map((_, i) => punkt(i, n, k)).map((p) => `${tal(p.x)},${tal(p.y)}`).join(' ')}
            />
          ))}
        </g>
        <g class="vt-akser">
          {temaer.map((t, i) => {
            const p = punkt(i, n, MAX_SCORE);
            return (
              <line
                key={t.nummer}
                x1={CX}
                y1={CY}
                x2={tal(p.x)}
                y2={tal(p.y)}
                class={t.gennemsnit === null ? 'vt-akse-mangler' : undefined}
              />
            );
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
            const x = CX + (R + 18) * p.cos;
            const y = CY + (R + 18) * p.sin;
            const anker = p.cos > 0.3 ? 'start' : p.cos < -0.3 ? 'end' : 'middle';
            const dy = p.sin < -0.5 ? -20 : p.sin > 0.5 ? 8 : -6;
            return (
              <text key={t.nummer} x={tal(x)} y={tal(y + dy)} text-anchor={anker}>
                <tspan x={tal(x)} class="vt-etiket-navn">
                  Tema {t.nummer}
                </tspan>
                <tspan x={tal(x)} dy="16" class={t.gennemsnit === null ? 'vt-etiket-mangler' : 'vt-etiket-tal'}>
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
