import { zoneViolation } from '../../../rules/instances.ts';
import type { Region } from '../../../rules/regions.ts';

/** Step 1: an availability zone of the region; sold-out zones are shown, refused, with the reason. */
export function LocationStep({
  region,
  chosen,
  onChoose,
}: {
  region: Region;
  chosen: string;
  onChoose: (zone: string) => void;
}) {
  return (
    <fieldset className="choice-grid">
      <legend>Availability zone in {region.city}</legend>
      {region.zones.map((z) => {
        const soldOut = zoneViolation(z);
        const id = `zone-${z.Zone}`;
        return (
          <div key={z.Zone} className={soldOut ? 'choice disabled' : 'choice'}>
            <input
              type="radio"
              name="zone"
              id={id}
              checked={chosen === z.Zone}
              disabled={Boolean(soldOut)}
              onChange={() => onChoose(z.Zone)}
              aria-describedby={soldOut ? `${id}-reason` : undefined}
            />
            <label htmlFor={id}>
              {z.ZoneName} <span className="muted">({z.Zone})</span>
            </label>
            {soldOut && (
              <span id={`${id}-reason`} className="reason">
                Sold out
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
