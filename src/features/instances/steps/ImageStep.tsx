import { architectureLabels, type Image } from '../../../rules/images.ts';
import type { InstanceTypeSpec } from '../../../rules/instances.ts';
import { feeLabel } from '../../../rules/pricing.ts';
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
  return (
    <div className="image-summary" aria-label="Chosen image" role="group">
      <strong>Chosen: {image.ImageName}</strong> <code className="id">{image.ImageId}</code>
      <span>
        {image.OsName} · {architectureLabels[image.Architecture]} · {image.ImageSize} GB · {feeLabel(image, region)}
      </span>
      {image.ImageType === 'SHARED_IMAGE' && (
        <span className="reason">Shared by account {image.ImageCreator}; not reviewed by the platform.</span>
      )}
    </div>
  );
}
