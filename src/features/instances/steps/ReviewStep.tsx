import type { Image } from '../../../rules/images.ts';
import type { InstanceTypeSpec, PriceBreakdown } from '../../../rules/instances.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { architectureKeys } from '../../image-labels.ts';
import type { WizardState } from '../wizard-state.ts';

const money = (n: number) => `¥${n.toFixed(4).replace(/0{1,2}$/, '')}`;

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
  const t = useT();
  const disk = t.format.gigabytes(diskSize);
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
        <dd translate="no">{image ? `${image.ImageName} (${image.ImageId}) · ${image.OsName}` : state.imageId}</dd>
        <dt>{t('wizard.review.systemDisk')}</dt>
        <dd>{t('wizard.review.disk', { size: disk })}</dd>
        <dt>{t('form.name')}</dt>
        <dd>{state.name || t('wizard.review.unnamed')}</dd>
        <dt>{t('wizard.review.count')}</dt>
        <dd>{count}</dd>
      </dl>
      <h3>{t('wizard.price.heading')}</h3>
      {priceError ? (
        <ErrorMessage error={priceError} />
      ) : !price ? (
        <p>{pricePending ? t('wizard.price.asking') : t('wizard.price.later')}</p>
      ) : (
        <table className="data-table compact price-table" aria-busy={pricePending}>
          <caption className="visually-hidden">{t('wizard.price.caption')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('wizard.price.instance', { type: type?.InstanceType ?? '' })}</th>
              <td>{money(price.InstancePerHour)}</td>
            </tr>
            <tr>
              <th scope="row">{t('wizard.price.imageFee')}</th>
              <td>
                {money(price.ImageFeePerHour)} <span className="muted fee">{price.ImageFeeNote}</span>
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
          </tbody>
        </table>
      )}
    </>
  );
}
