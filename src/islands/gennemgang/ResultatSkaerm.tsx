/** Sidste skærm: svarene person for person, tilbuddets resultat, læringsmålet og et link til facit. */
import { href } from '../../utils/stier.ts';
import type { Ref } from 'preact';
import { alternativer, beregnScenarie, vurderPerson, type Scenarie, type Udfald } from '../../domain/indikator1b/index.ts';
import { KLASSE_NAVNE, type Klasse } from '../../domain/oevelser/klassifikation.ts';
import ResultatVisning from '../../ui/ResultatVisning.tsx';
import Tabel from '../../ui/Tabel.tsx';
import { STATUS_KORT, udfaldTekst } from '../../ui/oevelse-tekster.ts';
import Knapraekke from './Knapraekke.tsx';
import { T } from './tekster.ts';
import { bedoemTrin, optael, trinFor, type Svar } from './tilstand.ts';

interface Props {
  id: string;
  scenarie: Scenarie;
  svar: Record<string, Svar>;
  overskrift: Ref<HTMLHeadingElement>;
  onAndet: () => void;
  onForfra: () => void;
}

export default function ResultatSkaerm({ id, scenarie, svar, overskrift, onAndet, onForfra }: Props) {
  const resultat = beregnScenarie(scenarie);
  const alt = alternativer(
    scenarie.personer.map((person) => ({ person, antal: 1 })),
    scenarie.tilbudstype,
    resultat.laesninger,
    resultat,
  );
  const { rigtige, forsvarlige, i_alt } = optael(scenarie, svar);
  const trin = trinFor(scenarie);
  const celle = (noegle: string, tekst: (s: Svar) => string) => {
    const t = trin.find((x) => x.noegle === noegle);
    const s = svar[noegle];
    if (!t || s === undefined) return T.ikkeBesvaret;
    const { status } = bedoemTrin(scenarie, t, s);
    return `${tekst(s)} (${status ? STATUS_KORT[status] : ''})`;
  };
  return (
    <div class="oevelse gennemgang">
      <h3 ref={overskrift} tabIndex={-1}>
        {T.resultatOverskrift(scenarie.navn)}
      </h3>
      <p>{T.rigtige(rigtige, forsvarlige, i_alt)}</p>
      {resultat.gaelder && (
        <Tabel titel={T.oversigt} klasse="person-oversigt" kolonner={[T.navn, T.dinKlasse, T.ditUdfald, T.sitets]}>
          {scenarie.personer.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.navn}</th>
              <td>{celle(`hvad:${p.id}`, (s) => KLASSE_NAVNE[s as Klasse])}</td>
              <td>{celle(`udfald:${p.id}`, (s) => udfaldTekst(s as Udfald))}</td>
              <td>{udfaldTekst(vurderPerson(p, scenarie.tilbudstype).udfald)}</td>
            </tr>
          ))}
        </Tabel>
      )}
      {scenarie.laeringsmaal && (
        <p>
          <strong>{T.laeringsmaal}:</strong> {scenarie.laeringsmaal}
        </p>
      )}
      <ResultatVisning resultat={resultat} alternativer={alt} tilbudNavn={scenarie.navn} />
      <p>
        <a href={href.facitEksempel(id)}>{T.facitSide}</a>
      </p>
      <Knapraekke primaer={{ tekst: T.andetTilbud, onClick: onAndet }} onForfra={onForfra} />
    </div>
  );
}
