/**
 * Det, der skal rettes eller blev afvist: en fed overskrift og en liste med beskederne. Med `felt`
 * bliver en besked et link til feltet. Rammen (klasse, levende region, fokus) ejer forælderen.
 */
export default function Fejlliste({ overskrift, fejl }: { overskrift: string; fejl: readonly (string | { besked: string; felt?: string })[] }) {
  return (
    <>
      <p>
        <strong>{overskrift}</strong>
      </p>
      <ul>
        {fejl.map((f, i) => {
          const { besked, felt } = typeof f === 'string' ? { besked: f, felt: undefined } : f;
          return <li key={i}>{felt ? <a href={`#${felt}`}>{besked}</a> : besked}</li>;
        })}
      </ul>
    </>
  );
}
