import { zoneViolation } from '../../../rules/run-instances.ts';
import type { Region } from '../../../rules/regions.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';

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
  const t = useT();
  return (
    <fieldset className="choice-grid">
      <legend>{t('wizard.zoneIn', { city: t.region(region.id) })}</legend>
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
              {t.zone(region, z)}{' '}
              <span className="muted" translate="no">
                ({z.Zone})
              </span>
            </label>
            {soldOut && (
              <span id={`${id}-reason`} className="reason">
                {t('wizard.soldOut')}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
