/**
 * One attribute of a claim frame in the scheme editor (a stance: for /
 * against / neutral): its names and id and its Remove control, then each of
 * its options with their names, ids and Remove controls, and "Add option".
 */

import { useTranslation } from 'react-i18next';
import type { FrameAttribute, FrameDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { PartLabels, PartRemove } from './FramePartControls';
import { mapAt, newOption, without } from './frames-draft';

interface Props {
  frame: FrameDefinition;
  index: number;
  /** Ids of the saved frame's attributes, and of a saved attribute's options: those not among them are new. */
  savedIds: ReadonlySet<string>;
  savedOptions: (attributeId: string) => ReadonlySet<string>;
  onFrame: (frame: FrameDefinition) => void;
}

export function AttributeRow({ frame, index, savedIds, savedOptions, onFrame }: Props) {
  const { t, i18n } = useTranslation();
  const attributes = frame.attributes ?? [];
  const attribute = attributes[index];
  if (!attribute) return null;
  const name = labelIn(attribute.label, i18n.language) || attribute.id;
  const setAttributes = (next: FrameAttribute[]) => onFrame({ ...frame, attributes: next });
  const change = (next: FrameAttribute) => setAttributes(mapAt(attributes, index, () => next));
  // An option of a new attribute is new even when an option of that id was saved under another.
  const optionIds = savedIds.has(attribute.id) ? savedOptions(attribute.id) : new Set<string>();
  return (
    <li className="frame-attribute" data-attribute-id={attribute.id}>
      <div className="taxonomy-row">
        <PartLabels
          list={attributes}
          index={index}
          savedIds={savedIds}
          prefix="attr"
          onList={setAttributes}
        />
        <PartRemove
          name={t('taxonomy.frames.removeAttribute', { name })}
          onRemove={() => setAttributes(without(attributes, index))}
        />
      </div>
      <ul className="attribute-options" aria-label={t('taxonomy.frames.options', { name })}>
        {attribute.options.map((option, o) => (
          <li key={`${index}:${o}`} className="taxonomy-row attribute-option" data-option-id={option.id}>
            <PartLabels
              list={attribute.options}
              index={o}
              savedIds={optionIds}
              prefix="option"
              onList={(options) => change({ ...attribute, options })}
            />
            <PartRemove
              name={t('taxonomy.frames.removeOption', {
                name: labelIn(option.label, i18n.language) || option.id,
              })}
              onRemove={() => change({ ...attribute, options: without(attribute.options, o) })}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link"
        onClick={() =>
          change({ ...attribute, options: [...attribute.options, newOption(attribute.options)] })
        }
      >
        {t('taxonomy.frames.addOption')}
      </button>
    </li>
  );
}
