import type { Image } from '../../../rules/images.ts';
import type { InstanceTypeSpec } from '../../../rules/instance-types.ts';
import { feeLabel } from '../../../rules/pricing.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { architectureKeys } from '../../image-labels.ts';
import { ImagePicker } from '../ImagePicker.tsx';

/** Step 3: the chosen image, summarised, above the picker of the four sources. */
export function ImageStep({
  region,
  image,
  type,
  chosenId,
  onChoose,
}: {
  region: string;
  image: Image | undefined;
  type: InstanceTypeSpec | undefined;
  chosenId: string;
  onChoose: (image: Image) => void;
}) {
  return (
    <>
      {image && <ImageSummary image={image} region={region} />}
      <ImagePicker region={region} type={type} chosenId={chosenId} onChoose={onChoose} />
    </>
  );
}

function ImageSummary({ image, region }: { image: Image; region: string }) {
  const t = useT();
  return (
    <div className="image-summary" aria-label={t('wizard.chosenImage')} role="group">
      <strong>{t('wizard.chosen', { name: image.ImageName })}</strong> <code className="id">{image.ImageId}</code>
      <span>
        <span translate="no">{image.OsName}</span> · {t(architectureKeys[image.Architecture])} ·{' '}
        {t.format.gigabytes(image.ImageSize)} · <span className="fee">{feeLabel(image, region, t.language)}</span>
      </span>
      {image.ImageType === 'SHARED_IMAGE' && (
        <span className="reason">{t('wizard.sharedBy', { account: image.ImageCreator })}</span>
      )}
    </div>
  );
}
