import { regions } from '../../rules/regions.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useRegion } from './use-region.ts';

const mainland = regions.filter((r) => r.mainland);
const outside = regions.filter((r) => !r.mainland);

export function RegionSelect() {
  const t = useT();
  const [region, setRegion] = useRegion();
  const groups = [
    { label: t('region.mainland'), list: mainland },
    { label: t('region.outside'), list: outside },
  ];
  return (
    <div className="field-inline">
      <label htmlFor="region-select">{t('region.label')}</label>
      <select id="region-select" value={region} onChange={(e) => setRegion(e.target.value)}>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.list.map((r) => (
              <option key={r.id} value={r.id}>
                {t('region.option', { city: t.region(r.id), id: r.id })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
