import type { Image } from '../../rules/images.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useImageView } from './image-view.ts';

/** How many of an image's tags a row shows; the rest are counted ("+2 more", their text in its title). */
const TAGS_SHOWN = 3;

/** An image's family, as the API names it (data, not text to translate). */
export function FamilyName({ image }: { image: Image }) {
  return image.ImageFamily ? <span translate="no">{image.ImageFamily}</span> : null;
}

/**
 * An image's tags as compact `key: value` chips, each cut short to fit with its whole text in its
 * name and title. In the custom list (`filterable`) a chip is a button that sets the list's tag
 * filter (`?tag=key:value`).
 */
export function TagChips({ tags, filterable }: { tags: Image['Tags']; filterable: boolean }) {
  const t = useT();
  const [, setView] = useImageView();
  if (tags.length === 0) return null;
  const text = (tag: Image['Tags'][number]) => t('images.tag', { key: tag.Key, value: tag.Value });
  const rest = tags.slice(TAGS_SHOWN);
  return (
    <ul className="tag-chips">
      {tags.slice(0, TAGS_SHOWN).map((tag) => (
        <li key={tag.Key}>
          {filterable ? (
            <button
              type="button"
              className="tag-chip"
              translate="no"
              title={text(tag)}
              aria-label={t('images.filterByTag', { tag: text(tag) })}
              onClick={() => setView({ tag: `${tag.Key}:${tag.Value}` })}
            >
              {text(tag)}
            </button>
          ) : (
            <span className="tag-chip" translate="no" title={text(tag)}>
              {text(tag)}
            </span>
          )}
        </li>
      ))}
      {rest.length > 0 && (
        <li className="tag-more" title={t.format.list(rest.map(text))}>
          {t('images.moreTags', { count: rest.length })}
        </li>
      )}
    </ul>
  );
}

/** A phone's card says an image's family and tags under its name: the table's columns for them are not shown there. */
export function FamilyAndTags({ image, filterable }: { image: Image; filterable: boolean }) {
  const t = useT();
  if (!image.ImageFamily && image.Tags.length === 0) return null;
  return (
    <div className="card-facts">
      {image.ImageFamily && (
        <div className="card-fact">
          <span className="card-fact-label">{t('field.family')}</span> <FamilyName image={image} />
        </div>
      )}
      {image.Tags.length > 0 && (
        <div className="card-fact">
          <span className="card-fact-label">{t('field.tags')}</span>
          <TagChips tags={image.Tags} filterable={filterable} />
        </div>
      )}
    </div>
  );
}
