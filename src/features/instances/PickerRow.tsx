import type { Image } from '../../rules/images.ts';
import type { Violation } from '../../rules/violation.ts';
import { feeShown } from '../../rules/pricing.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { architectureKeys } from '../image-labels.ts';
import { FavouriteToggle } from '../picks/FavouriteToggle.tsx';

interface Props {
  image: Image;
  region: string;
  /** The radio group the row belongs to. */
  name: string;
  /** The prefix of the row's IDs. */
  idPrefix: string;
  chosen: boolean;
  /** Why it cannot be chosen; `reasonId` says where that is said when not on the row. */
  problem: Violation | undefined;
  reasonId: string;
  /** What the radio is named before the image's own name ("Latest in app-base"). */
  lead?: string;
  onChoose: (image: Image) => void;
}

/** One image of the picker: a radio with its facts and why it cannot be chosen, and its Favourite toggle. */
export function PickerRow({ image, region, name, idPrefix, chosen, problem, reasonId, lead, onChoose }: Props) {
  const t = useT();
  const id = `${idPrefix}-${image.ImageId}`;
  const fee = feeShown(image, region, t.language);
  const ownReason = problem && reasonId === `${id}-reason`;
  return (
    <li className={problem ? 'pick disabled' : chosen ? 'pick chosen' : 'pick'}>
      <input
        type="radio"
        name={name}
        id={id}
        value={image.ImageId}
        checked={chosen}
        disabled={Boolean(problem)}
        onChange={() => onChoose(image)}
        aria-describedby={`${id}-facts${problem ? ` ${reasonId}` : ''}`}
      />
      <label htmlFor={id} id={`${id}-name`}>
        {lead && <>{lead}: </>}
        <span className="name" translate="no">
          {image.ImageName}
        </span>{' '}
        <code className="id">{image.ImageId}</code>
      </label>
      {image.ImageDeprecated && <span className="badge">{t('image.deprecated')}</span>}
      <FavouriteToggle imageId={image.ImageId} region={region} describedBy={`${id}-name`} />
      <span id={`${id}-facts`} className="pick-facts">
        <span translate="no">{t.format.osName(image.OsName)}</span> · {t(architectureKeys[image.Architecture])} ·{' '}
        {t.format.gigabytes(image.ImageSize)} · <span className="fee">{fee.label}</span>
        {fee.hourlyHint && <span className="muted"> {t('wizard.hourlyHint', { price: fee.hourlyHint })}</span>}
        {image.MarketInfo && (
          <>
            {' · '}
            <span translate="no">{image.MarketInfo.Vendor}</span>
          </>
        )}
        {image.ImageFamily && (
          <>
            {' · '}
            {t('field.family')} <span translate="no">{image.ImageFamily}</span>
          </>
        )}
        {image.ImageType === 'SHARED_IMAGE' && <> · {t('picker.sharedBy', { account: image.ImageCreator })}</>}
      </span>
      {ownReason && (
        <span id={reasonId} className="reason">
          {t.rule(problem)}
        </span>
      )}
    </li>
  );
}
