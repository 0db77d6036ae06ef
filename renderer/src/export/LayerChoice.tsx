/**
 * "Add as a coder layer" in the import dialog (issue 20, compare don't
 * merge): a Hamish JSON file from a colleague is put beside your work as
 * their coder's layer instead of being merged; the name typed is the coder
 * of the file's annotations that name none. Applies to Hamish JSON imports.
 */

import { useTranslation } from 'react-i18next';
import { MAX_CODER_NAME_LENGTH } from '../../../shared/schema/limits';
import type { LayerState } from './coder-choices';

interface Props {
  value: LayerState;
  onChange: (value: LayerState) => void;
  disabled: boolean;
}

export function LayerChoice({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset disabled={disabled} data-testid="layer-choice">
      <legend>{t('transfer.layer.legend')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          name="as-layer"
          checked={value.on}
          onChange={(e) => onChange({ ...value, on: e.target.checked })}
        />
        <span>
          {t('transfer.layer.asLayer')}
          <span className="muted transfer-hint"> — {t('transfer.layer.hint')}</span>
        </span>
      </label>
      {value.on && (
        <label>
          {t('transfer.layer.coder')}
          <input
            name="layer-coder"
            dir="auto"
            maxLength={MAX_CODER_NAME_LENGTH}
            value={value.coder}
            onChange={(e) => onChange({ ...value, coder: e.target.value })}
          />
        </label>
      )}
    </fieldset>
  );
}
