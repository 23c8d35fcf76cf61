import { regions } from '../../rules/regions.ts';
import { useRegion } from './use-region.ts';

const mainland = regions.filter((r) => r.mainland);
const outside = regions.filter((r) => !r.mainland);

export function RegionSelect() {
  const [region, setRegion] = useRegion();
  return (
    <div className="field-inline">
      <label htmlFor="region-select">Region</label>
      <select id="region-select" value={region} onChange={(e) => setRegion(e.target.value)}>
        <optgroup label="Chinese mainland">
          {mainland.map((r) => (
            <option key={r.id} value={r.id}>
              {r.city} ({r.id})
            </option>
          ))}
        </optgroup>
        <optgroup label="Outside the Chinese mainland">
          {outside.map((r) => (
            <option key={r.id} value={r.id}>
              {r.city} ({r.id})
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
