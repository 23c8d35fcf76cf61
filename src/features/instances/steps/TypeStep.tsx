import type { Image } from '../../../rules/images.ts';
import { familyName, findInstanceType, type InstanceTypeConfig } from '../../../rules/instance-types.ts';
import { launchImageViolation } from '../../../rules/run-instances.ts';
import { formatPrice, instancePricePerHour, regionCurrency } from '../../../rules/pricing.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { architectureKeys } from '../../image-labels.ts';

/**
 * Step 2: the instance types on offer in the zone; a type that does not run the chosen image says so.
 * A family the rules know is named in the page's language (as `t.zone` names a zone), whatever the
 * language of the answer held; another as the API named it.
 */
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
  const t = useT();
  if (loading) return <p>{t('wizard.loadingTypes')}</p>;
  if (configs.length === 0) return <p className="empty">{t('wizard.zoneFirst')}</p>;
  return (
    <fieldset className="type-table">
      <legend>{t('wizard.instanceType')}</legend>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('instances.type')}</th>
            <th scope="col">{t('wizard.family')}</th>
            <th scope="col">{t('wizard.cpu')}</th>
            <th scope="col">{t('wizard.memory')}</th>
            <th scope="col">{t('field.arch')}</th>
            <th scope="col">{t('field.price')}</th>
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
                  <label htmlFor={id} translate="no">
                    {c.InstanceType}
                  </label>
                  {misfit && (
                    <span id={`${id}-note`} className="reason">
                      {t('wizard.misfit')}
                    </span>
                  )}
                </td>
                <td translate="no" data-label={t('wizard.family')}>
                  {familyName(c.InstanceFamily, t.language) ?? c.FamilyName}
                </td>
                <td data-label={t('wizard.cpu')}>{c.CPU}</td>
                <td data-label={t('wizard.memory')}>{t.format.gigabytes(c.Memory)}</td>
                <td data-label={t('field.arch')}>
                  {c.Architecture ? t(architectureKeys[c.Architecture]) : t('wizard.notStated')}
                </td>
                <td data-label={t('field.price')}>
                  {c.HourlyPrice === undefined ? (
                    t('wizard.quotedAtReview')
                  ) : (
                    <span className="fee">
                      {formatPrice(
                        instancePricePerHour({ HourlyPrice: c.HourlyPrice }, region),
                        { currency: regionCurrency(region), per: 'hour' },
                        t.language,
                      )}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
