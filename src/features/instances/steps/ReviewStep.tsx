import type { ReactNode } from 'react';
import { quotedPrice, type Quote } from '../../../api/instance-queries.ts';
import type { Image } from '../../../rules/images.ts';
import { DEFAULT_INSTANCE_NAME, type InquiryPriceRunInstancesResponse } from '../../../rules/run-instances.ts';
import type { InstanceTypeSpec } from '../../../rules/instance-types.ts';
import type { Currency } from '../../../rules/messages/params.ts';
import { feeShown, formatPrice, regionCurrency } from '../../../rules/pricing.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useT } from '../../../ui/i18n/I18n.tsx';
import type { Translate } from '../../../ui/i18n/translator.ts';
import { architectureKeys } from '../../image-labels.ts';
import type { WizardState } from '../wizard-state.ts';

/** An amount in `currency`, as the person's language writes it. */
const moneyIn = (t: Translate, currency: Currency) => (n: number) => formatPrice(n, { currency }, t.language);

function QuoteCell({ quote, currency, strong = false }: { quote: Quote; currency: Currency; strong?: boolean }) {
  const t = useT();
  const money = moneyIn(t, currency);
  const amount = money(quote.price);
  return (
    <td>
      {t.rich('wizard.price.quote', { amount: strong ? <strong>{amount}</strong> : amount, unit: quote.unit })}
      {quote.listPrice !== quote.price && (
        <span className="muted"> {t('wizard.price.listPrice', { amount: money(quote.listPrice) })}</span>
      )}
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
  const t = useT();
  const disk = t.format.gigabytes(diskSize);
  const fee = image && feeShown(image, region, t.language);
  return (
    <>
      <dl className="details">
        <dt>{t('wizard.location')}</dt>
        <dd>{t('wizard.review.location', { region: t.region(region), zone: state.zone })}</dd>
        <dt>{t('wizard.instanceType')}</dt>
        <dd>
          {type
            ? t('wizard.review.type', {
                type: type.InstanceType,
                cpu: type.CPU,
                memory: t.format.gigabytes(type.Memory),
                arch: t(architectureKeys[type.Architecture]),
              })
            : state.type}
        </dd>
        <dt>{t('wizard.image')}</dt>
        <dd translate="no">
          {image ? `${image.ImageName} (${image.ImageId}) · ${t.format.osName(image.OsName)}` : state.imageId}
        </dd>
        <dt>{t('wizard.review.systemDisk')}</dt>
        <dd>{t('wizard.review.disk', { size: disk })}</dd>
        <dt>{t('form.name')}</dt>
        <dd>
          {state.name || (
            // What RunInstances will name it, in every language: the name is data.
            <>
              <span lang="zh-CN" translate="no">
                {DEFAULT_INSTANCE_NAME}
              </span>{' '}
              <span className="muted">{t('wizard.review.defaultName')}</span>
            </>
          )}
        </dd>
        <dt>{t('wizard.review.count')}</dt>
        <dd>{count}</dd>
      </dl>
      <h3>{t('wizard.price.heading')}</h3>
      {priceError ? (
        <ErrorMessage error={priceError} />
      ) : !price ? (
        <p>{pricePending ? t('wizard.price.asking') : t('wizard.price.later')}</p>
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
          monthlyFee={fee?.hourlyHint ? fee.label : undefined}
          instanceType={type?.InstanceType}
          disk={disk}
          count={count}
          pending={pricePending}
        />
      )}
    </>
  );
}

function Breakdown({
  price,
  monthlyFee,
  instanceType,
  disk,
  count,
  pending,
}: {
  price: NonNullable<InquiryPriceRunInstancesResponse['Price']['Breakdown']>;
  /** A fee billed by the month, as billed: shown first, its hourly share only as a hint. */
  monthlyFee: string | undefined;
  instanceType: string | undefined;
  /** The system disk's size, as the language writes it. */
  disk: string;
  count: number;
  pending: boolean;
}) {
  const t = useT();
  const money = moneyIn(t, price.Currency);
  return (
    <PriceTable pending={pending}>
      <tr>
        <th scope="row">{t('wizard.price.instance', { type: instanceType ?? '' })}</th>
        <td>{money(price.InstancePerHour)}</td>
      </tr>
      <tr>
        <th scope="row">{t('wizard.price.imageFee')}</th>
        <td>
          {monthlyFee ? (
            <>
              {monthlyFee}{' '}
              <span className="muted">
                {t('wizard.hourlyHint', {
                  price: formatPrice(price.ImageFeePerHour, { currency: price.Currency, per: 'hour' }, t.language),
                })}
              </span>
            </>
          ) : (
            money(price.ImageFeePerHour)
          )}{' '}
          <span className="muted fee">{price.ImageFeeNote}</span>
        </td>
      </tr>
      <tr>
        <th scope="row">{t('wizard.price.systemDisk', { size: disk })}</th>
        <td>{money(price.SystemDiskPerHour)}</td>
      </tr>
      {price.DataDisksPerHour > 0 && (
        <tr>
          <th scope="row">{t('wizard.price.dataDisks')}</th>
          <td>{money(price.DataDisksPerHour)}</td>
        </tr>
      )}
      <tr className="total">
        <th scope="row">{t('wizard.price.total', { count })}</th>
        <td>{t.rich('wizard.price.perHour', { amount: <strong>{money(price.TotalPerHour)}</strong> })}</td>
      </tr>
    </PriceTable>
  );
}

function PriceTable({ pending, children }: { pending: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <table className="data-table compact price-table" aria-busy={pending}>
      <caption className="visually-hidden">{t('wizard.price.caption')}</caption>
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
  const t = useT();
  const quote = quotedPrice(price);
  return (
    <>
      <PriceTable pending={pending}>
        <tr>
          <th scope="row">{t('wizard.price.instance', { type: instanceType })}</th>
          <QuoteCell quote={quote.instance} currency={currency} />
        </tr>
        <tr>
          <th scope="row">{t('wizard.price.bandwidth')}</th>
          <QuoteCell quote={quote.bandwidth} currency={currency} />
        </tr>
        {quote.total && (
          <tr className="total">
            <th scope="row">{t('wizard.price.total', { count })}</th>
            <QuoteCell quote={quote.total} currency={currency} strong />
          </tr>
        )}
      </PriceTable>
      <p className="muted">{t('wizard.price.quotedNote')}</p>
    </>
  );
}
