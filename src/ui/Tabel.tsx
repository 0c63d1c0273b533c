/**
 * En tabel med titel (caption), kolonneoverskrifter og rækker, i en Rulleramme: den ruller vandret på
 * smalle skærme og kan nås med tastaturet, og rammens navn er tabellens titel.
 */
import type { ComponentChildren } from 'preact';
import Rulleramme from './Rulleramme.tsx';

interface Props {
  titel: string;
  kolonner: readonly string[];
  klasse?: string;
  /** Rækkerne (<tr>) i tabellens krop. */
  children: ComponentChildren;
  /** Rækker i en tabelfod (<tfoot>), fx en sum. */
  fod?: ComponentChildren;
}

export default function Tabel({ titel, kolonner, klasse, children, fod }: Props) {
  return (
    <Rulleramme etiket={titel}>
      <table class={klasse}>
        <caption>{titel}</caption>
        <thead>
          <tr>
            {kolonner.map((k, i) => (
              <th scope="col" key={i}>
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {fod && <tfoot>{fod}</tfoot>}
      </table>
    </Rulleramme>
  );
}
