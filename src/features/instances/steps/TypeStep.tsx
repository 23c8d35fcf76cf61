import { architectureLabels, type Image } from '../../../rules/images.ts';
import { findInstanceType, launchImageViolation, type InstanceTypeConfig } from '../../../rules/instances.ts';
import { formatPrice, instancePricePerHour, regionCurrency } from '../../../rules/pricing.ts';

/** Step 2: the instance types on offer in the zone; a type that does not run the chosen image says so. */
export function TypeStep({
  configs,
  region,
  loading,
  chosen,
  image,
  onChoose,
}: {
  configs: InstanceTypeConfig[];
  region: string;
  loading: boolean;
  chosen: string;
  image: Image | undefined;
  onChoose: (type: string) => void;
}) {
  if (loading) return <p>Loading instance types…</p>;
  if (configs.length === 0) return <p className="empty">Choose an availability zone first.</p>;
  return (
    <fieldset className="type-table">
      <legend>Instance type</legend>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Family</th>
            <th scope="col">vCPU</th>
            <th scope="col">Memory</th>
            <th scope="col">Architecture</th>
            <th scope="col">Price</th>
          </tr>
        </thead>
        <tbody>
          {configs.map((c) => {
            const id = `type-${c.InstanceType}`;
            const misfit = image ? launchImageViolation(image, findInstanceType(c.InstanceType)) : undefined;
            return (
              <tr key={c.InstanceType} className={chosen === c.InstanceType ? 'selected' : undefined}>
                <td>
                  <input
                    type="radio"
                    name="instance-type"
                    id={id}
                    checked={chosen === c.InstanceType}
                    onChange={() => onChoose(c.InstanceType)}
                    aria-describedby={misfit ? `${id}-note` : undefined}
                  />{' '}
                  <label htmlFor={id}>{c.InstanceType}</label>
                  {misfit && (
                    <span id={`${id}-note`} className="reason">
                      Does not run the chosen image
                    </span>
                  )}
                </td>
                <td>{c.FamilyName}</td>
                <td>{c.CPU}</td>
                <td>{c.Memory} GB</td>
                <td>{c.Architecture ? architectureLabels[c.Architecture] : 'Not stated'}</td>
                <td>
                  {c.HourlyPrice === undefined
                    ? 'Quoted at review'
                    : formatPrice(instancePricePerHour({ HourlyPrice: c.HourlyPrice }, region), {
                        currency: regionCurrency(region),
                        per: 'hour',
                      })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
