/** Gennemgangens knaprække under hver skærm: den næste handling (hvis der er en) og »Start forfra«. */
import { T } from './tekster.ts';

interface Props {
  primaer?: { tekst: string; onClick: () => void };
  onForfra: () => void;
}

export default function Knapraekke({ primaer, onForfra }: Props) {
  return (
    <div class="knapper">
      {primaer && (
        <button type="button" class="knap primaer" onClick={primaer.onClick}>
          {primaer.tekst}
        </button>
      )}
      <button type="button" class="knap" onClick={onForfra}>
        {T.forfra}
      </button>
    </div>
  );
}
