import { architectureLabels, type Image } from '../../../rules/images.ts';
import type { InstanceTypeSpec, PriceBreakdown } from '../../../rules/instances.ts';
import { formatPrice } from '../../../rules/pricing.ts';
import { regionLabel } from '../../../rules/regions.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import type { WizardState } from '../wizard-state.ts';

/** Step 5: every choice once more, and the price the API quotes for them, part by part. */
export function ReviewStep(props: {
  state: WizardState;
  region: string;
  image: Image | undefined;
  type: InstanceTypeSpec | undefined;
  diskSize: number;
  count: number;
  price: PriceBreakdown | undefined;
  priceError: Error | null;
  pricePending: boolean;
}) {
  const { state, region, image, type, diskSize, count, price, priceError, pricePending } = props;
  const money = (n: number) => (price ? formatPrice(n, { currency: price.Currency }) : '');
  return (
    <>
      <dl className="details">
        <dt>Location</dt>
        <dd>
          {regionLabel(region)}, {state.zone}
        </dd>
        <dt>Instance type</dt>
        <dd>
          {type
            ? `${type.InstanceType} · ${type.CPU} vCPU, ${type.Memory} GB · ${architectureLabels[type.Architecture]}`
            : state.type}
        </dd>
        <dt>Image</dt>
        <dd>{image ? `${image.ImageName} (${image.ImageId}) · ${image.OsName}` : state.imageId}</dd>
        <dt>System disk</dt>
        <dd>{diskSize} GB premium cloud disk</dd>
        <dt>Name</dt>
        <dd>{state.name || 'Unnamed'}</dd>
        <dt>Instances</dt>
        <dd>{count}</dd>
      </dl>
      <h3>Price per hour</h3>
      {priceError ? (
        <ErrorMessage error={priceError} />
      ) : !price ? (
        <p>{pricePending ? 'Asking for the price…' : 'The price shows once every step is complete.'}</p>
      ) : (
        <table className="data-table compact price-table" aria-busy={pricePending}>
          <caption className="visually-hidden">Price breakdown</caption>
          <tbody>
            <tr>
              <th scope="row">Instance ({type?.InstanceType})</th>
              <td>{money(price.InstancePerHour)}</td>
            </tr>
            <tr>
              <th scope="row">Image fee</th>
              <td>
                {money(price.ImageFeePerHour)} <span className="muted">{price.ImageFeeNote}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">System disk ({diskSize} GB)</th>
              <td>{money(price.SystemDiskPerHour)}</td>
            </tr>
            {price.DataDisksPerHour > 0 && (
              <tr>
                <th scope="row">Data disks</th>
                <td>{money(price.DataDisksPerHour)}</td>
              </tr>
            )}
            <tr className="total">
              <th scope="row">Total{count > 1 ? ` for ${count} instances` : ''}</th>
              <td>
                <strong>{money(price.TotalPerHour)}</strong> per hour
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </>
  );
}
