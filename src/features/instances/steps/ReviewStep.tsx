import type { ReactNode } from 'react';
import { architectureLabels, type Image } from '../../../rules/images.ts';
import { quotedPrice, type Quote } from '../../../api/instance-queries.ts';
import type { InquiryPriceRunInstancesResponse, InstanceTypeSpec } from '../../../rules/instances.ts';
import type { Currency } from '../../../rules/messages/params.ts';
import { formatPrice, regionCurrency } from '../../../rules/pricing.ts';
import { regionLabel } from '../../../rules/regions.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import type { WizardState } from '../wizard-state.ts';

const units: Record<string, string> = { HOUR: 'per hour', GB: 'per GB', MONTH: 'per month' };

function QuoteCell({ quote, currency, strong = false }: { quote: Quote; currency: Currency; strong?: boolean }) {
  const money = (n: number) => formatPrice(n, { currency });
  const unit = units[quote.unit] ?? `per ${quote.unit.toLowerCase()}`;
  return (
    <td>
      {strong ? <strong>{money(quote.price)}</strong> : money(quote.price)} {unit}
      {quote.listPrice !== quote.price && <span className="muted"> (list price {money(quote.listPrice)})</span>}
    </td>
  );
}

/** Step 5: every choice once more, and the price the API quotes for them, part by part. */
export function ReviewStep(props: {
  state: WizardState;
  region: string;
  image: Image | undefined;
  type: InstanceTypeSpec | undefined;
  diskSize: number;
  count: number;
  /** As InquiryPriceRunInstances answers it: with the mock's Breakdown, or its documented fields only. */
  price: InquiryPriceRunInstancesResponse['Price'] | undefined;
  priceError: Error | null;
  pricePending: boolean;
}) {
  const { state, region, image, type, diskSize, count, price, priceError, pricePending } = props;
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
      ) : !price.Breakdown ? (
        <QuotedPrice
          price={price}
          currency={regionCurrency(region)}
          instanceType={state.type}
          count={count}
          pending={pricePending}
        />
      ) : (
        <Breakdown
          price={price.Breakdown}
          instanceType={type?.InstanceType}
          diskSize={diskSize}
          count={count}
          pending={pricePending}
        />
      )}
    </>
  );
}

function Breakdown({
  price,
  instanceType,
  diskSize,
  count,
  pending,
}: {
  price: NonNullable<InquiryPriceRunInstancesResponse['Price']['Breakdown']>;
  instanceType: string | undefined;
  diskSize: number;
  count: number;
  pending: boolean;
}) {
  const money = (n: number) => formatPrice(n, { currency: price.Currency });
  return (
    <PriceTable pending={pending}>
      <tr>
        <th scope="row">Instance ({instanceType})</th>
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
    </PriceTable>
  );
}

function PriceTable({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <table className="data-table compact price-table" aria-busy={pending}>
      <caption className="visually-hidden">Price breakdown</caption>
      <tbody>{children}</tbody>
    </table>
  );
}

/** Without the Breakdown extension: the instance and bandwidth as Tencent Cloud quotes them. */
function QuotedPrice({
  price,
  currency,
  instanceType,
  count,
  pending,
}: {
  price: InquiryPriceRunInstancesResponse['Price'];
  /** The API's quote names none: the region's, as the console's other prices (src/rules/pricing.ts). */
  currency: Currency;
  instanceType: string;
  count: number;
  pending: boolean;
}) {
  const quote = quotedPrice(price);
  return (
    <>
      <PriceTable pending={pending}>
        <tr>
          <th scope="row">Instance ({instanceType})</th>
          <QuoteCell quote={quote.instance} currency={currency} />
        </tr>
        <tr>
          <th scope="row">Bandwidth</th>
          <QuoteCell quote={quote.bandwidth} currency={currency} />
        </tr>
        {quote.total && (
          <tr className="total">
            <th scope="row">Total{count > 1 ? ` for ${count} instances` : ''}</th>
            <QuoteCell quote={quote.total} currency={currency} strong />
          </tr>
        )}
      </PriceTable>
      <p className="muted">
        As Tencent Cloud quotes it: the instance and its bandwidth. It does not break the instance’s price down into
        image fee and disks.
      </p>
    </>
  );
}
