/**
 * The small menu that appears over a selection: pick a type (keys 1/2/3…), and
 * for a type with subtypes, a subtype (its own keys) or the type itself (0).
 * Esc closes it. It is placed wholly inside the reader (use-menu-placement).
 */

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TYPE_ITSELF_KEY, type Taxonomy, type TypeDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { isTyping } from '../ui/is-typing';
import { useMenuPlacement } from './use-menu-placement';
import './tag-menu.css';

interface Props {
  taxonomy: Taxonomy;
  /** Viewport rectangle of the selection. */
  anchor: DOMRect;
  onPick: (tagId: string) => void;
  onClose: () => void;
}

/** Arabic-Indic digits (an Arabic keyboard layout) count as the same shortcut as 0–9. */
export function asciiDigits(key: string): string {
  return key.replace(/[\u0660-\u0669]/gu, (d) => String((d.codePointAt(0) ?? 0x660) - 0x660));
}

interface Item {
  key: string;
  label: string;
  color: string;
  hasMore: boolean;
  choose: () => void;
}

export function TagMenu({ taxonomy, anchor, onPick, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState<TypeDefinition | null>(null);

  const items: Item[] = type
    ? [
        // The type itself, for when the subtype is not known (yet).
        {
          key: TYPE_ITSELF_KEY,
          label: t('tagMenu.typeItself', { type: labelIn(type.label, i18n.language) }),
          color: type.color,
          hasMore: false,
          choose: () => onPick(type.id),
        },
        ...type.subtypes.map((sub) => ({
          key: sub.key,
          label: labelIn(sub.label, i18n.language),
          color: sub.color,
          hasMore: false,
          choose: () => onPick(`${type.id}.${sub.id}`),
        })),
      ]
    : taxonomy.types.map((ty) => ({
        key: ty.key,
        label: labelIn(ty.label, i18n.language),
        color: ty.color,
        hasMore: ty.subtypes.length > 0,
        choose: () => (ty.subtypes.length > 0 ? setType(ty) : onPick(ty.id)),
      }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (type) setType(null);
        else onClose();
        return;
      }
      if (isTyping(event.target)) return;
      const key = asciiDigits(event.key);
      const item = items.find((it) => it.key === key);
      if (item) {
        event.preventDefault();
        item.choose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const menuRef = useRef<HTMLDivElement>(null);
  const place = useMenuPlacement(menuRef, anchor, type);

  return (
    <div
      ref={menuRef}
      className={`tag-menu ${place.side}`}
      role="menu"
      aria-label={t('tagMenu.label')}
      data-testid="tag-menu"
      style={place.style}
      onMouseDown={(e) => e.preventDefault()}
    >
      {type && (
        <div className="tag-menu-title">
          <button type="button" role="menuitem" className="link" onClick={() => setType(null)}>
            {t('tagMenu.back')}
          </button>
          <span>{labelIn(type.label, i18n.language)}</span>
        </div>
      )}
      {items.map((item) => (
        <button
          key={item.key + item.label}
          type="button"
          role="menuitem"
          className="tag-menu-item"
          onClick={item.choose}
        >
          <kbd>{item.key}</kbd>
          <span className="swatch" style={{ backgroundColor: item.color }} />
          <span className="tag-menu-label">{item.label}</span>
          {item.hasMore && <span className="more" aria-hidden="true" />}
        </button>
      ))}
      <div className="tag-menu-hint">{t('tagMenu.hint')}</div>
    </div>
  );
}
