import type { Image } from '../../../rules/images.ts';
import type { InstanceTypeConfig, InstanceTypeSpec } from '../../../rules/instance-types.ts';
import type { Message } from '../../../rules/messages/params.ts';
import { feeShown } from '../../../rules/pricing.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { architectureKeys } from '../../image-labels.ts';
import { ImagePicker } from '../ImagePicker.tsx';

/** Step 3: the chosen image, summarised with what stops it here, above the picker of the four sources. */
export function ImageStep({
  region,
  image,
  chosenId,
  problem,
  type,
  offers,
  onChoose,
}: {
  region: string;
  image: Image | undefined;
  /** The image chosen (its ID is known at once; the image once read). */
  chosenId: string;
  /** Why the chosen image cannot launch here (the step's problem), said once. */
  problem: Message | undefined;
  type: InstanceTypeSpec | undefined;
  offers: readonly Pick<InstanceTypeConfig, 'InstanceType'>[] | undefined;
  onChoose: (image: Image) => void;
}) {
  return (
    <>
      {/* A region's own refusal of the image is said by the picker, once for every image it refuses. */}
      {image && (
        <ImageSummary
          image={image}
          region={region}
          problem={problem?.key === 'launch.archNotSold' ? undefined : problem}
        />
      )}
      <ImagePicker region={region} type={type} offers={offers} chosenId={chosenId} chosen={image} onChoose={onChoose} />
    </>
  );
}

/** The chosen image in one block: name, ID, facts, its fee as billed; with a way to change it when given. */
export function ImageSummary({
  image,
  region,
  problem,
  onChange,
}: {
  image: Image;
  region: string;
  problem?: Message | undefined;
  onChange?: () => void;
}) {
  const t = useT();
  const fee = feeShown(image, region, t.language);
  return (
    <div className="image-summary" aria-label={t('wizard.chosenImage')} role="group">
      <strong>{t('wizard.chosen', { name: image.ImageName })}</strong> <code className="id">{image.ImageId}</code>
      <span>
        <span translate="no">{t.format.osName(image.OsName)}</span> · {t(architectureKeys[image.Architecture])} ·{' '}
        {t.format.gigabytes(image.ImageSize)} · <span className="fee">{fee.label}</span>
        {fee.hourlyHint && <span className="muted"> {t('wizard.hourlyHint', { price: fee.hourlyHint })}</span>}
      </span>
      {image.ImageType === 'SHARED_IMAGE' && (
        <span className="reason">{t('wizard.sharedBy', { account: image.ImageCreator })}</span>
      )}
      {problem && (
        <p className="notice notice-warning" role="note">
          {t.rule(problem)}
        </p>
      )}
      {onChange && (
        <button type="button" className="secondary" onClick={onChange}>
          {t('wizard.changeImage')}
        </button>
      )}
    </div>
  );
}
