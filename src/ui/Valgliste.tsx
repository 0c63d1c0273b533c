/** En etiket og en rulleliste med valgene i rækkefølge og eventuelt et tomt valg først (beregneren og kalibreringen). */
interface Props<V extends string> {
  id: string;
  etiket: string;
  value: V | '';
  /** Værdierne og deres tekst, i rækkefølge. */
  valg: readonly (readonly [V, string])[];
  /** Teksten for det tomme valg (""); uden den er der intet tomt valg. */
  tom?: string;
  onChange: (vaerdi: V | '') => void;
}

export default function Valgliste<V extends string>({ id, etiket, value, valg, tom, onChange }: Props<V>) {
  return (
    <>
      <label htmlFor={id}>{etiket}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as V | '')}>
        {tom !== undefined && <option value="">{tom}</option>}
        {valg.map(([v, tekst]) => (
          <option key={v} value={v}>
            {tekst}
          </option>
        ))}
      </select>
    </>
  );
}
