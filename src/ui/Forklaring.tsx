/** En regels forklaring som tekst, hvor stier i parentes vises som links. */
import { delForklaring, linkTekst } from './tekster.ts';
import { medBase } from '../utils/stier.ts';

export default function Forklaring({ tekst }: { tekst: string }) {
  return (
    <>
      {delForklaring(tekst).map((d) =>
        'href' in d ? (
          <>
            {' ('}
            <a href={medBase(d.href)}>{linkTekst(d.href)}</a>
            {')'}
          </>
        ) : (
          d.tekst
        ),
      )}
    </>
  );
}
