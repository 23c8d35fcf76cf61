import type { Image } from '../../../rules/images.ts';
import type { InstanceTypeSpec } from '../../../rules/instance-types.ts';
import { formatPrice, instancePricePerHour, launchPrice, regionCurrency } from '../../../rules/pricing.ts';
import type { WizardSettings } from '../../../rules/wizard.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';

/**
 * Below each step, the price the review will charge for what is chosen so far, in the region's
 * currency (src/rules/pricing.ts, the rule the API quotes with): the whole launch once the image is
 * known, the instance type alone before.
 */
export function StepPrice({
  region,
  type,
  image,
  settings,
}: {
  region: string;
  type: InstanceTypeSpec | undefined;
  image: Image | undefined;
  settings: WizardSettings;
}) {
  const t = useT();
  if (!type) return null;
  const currency = regionCurrency(region);
  const settled = image && !settings.fields.disk && !settings.fields.count && settings.count >= 1;
  if (!settled) {
    const price = formatPrice(instancePricePerHour(type, region), { currency, per: 'hour' }, t.language);
    // With the image chosen, what is missing is a disk size or a count the settings refuse.
    return (
      <p className="step-price">
        {image ? t('wizard.stepPriceSettings', { price }) : t('wizard.stepPriceType', { price })}
      </p>
    );
  }
  const price = launchPrice(type, image, region, settings.diskSize, settings.count, t.language);
  return (
    <p className="step-price">
      {t('wizard.stepPrice', {
        count: settings.count,
        price: formatPrice(price.amount, { currency: price.currency, per: 'hour' }, t.language),
      })}
    </p>
  );
}
