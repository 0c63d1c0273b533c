/**
 * De regler, der også er i spil for en person ud over den, der afgør svaret (fx førtidspension ved
 * siden af et job): en overskrift og reglernes titler som links. Intet, når der ingen er.
 * Bruges i gennemgangens feedback og på facitsiden (renderet på serveren).
 */
import type { RegelId } from '../domain/indikator1b/index.ts';
import RegelForklaring from './RegelForklaring.tsx';
import { FAELLES } from './tekster.ts';

export default function OgsaaISpil({ regler }: { regler: readonly RegelId[] }) {
  if (regler.length === 0) return null;
  return (
    <>
      <p class="ogsaa-overskrift">{FAELLES.ogsaaISpil}:</p>
      <ul class="ogsaa-liste">
        {regler.map((r) => (
          <li key={r}>
            <RegelForklaring regel={r} kort />
          </li>
        ))}
      </ul>
    </>
  );
}
