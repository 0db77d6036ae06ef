/**
 * The steps of importing another annotator's file (brat, W3C/Hypothesis,
 * Label Studio, doccano, CoNLL) in the import dialog: the format (as main
 * told it from the file, or chosen here when it could not), the dry run main
 * ran (figures, items left out and why), and one row per label with the tag
 * it becomes — main's proposal, or none yet for a label that names no tag —
 * in the same mapping table as REFI-QDA codes. Import stays disabled until
 * every label has a tag or is skipped.
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOREIGN_FORMATS,
  type ForeignFileChoice,
  type ForeignFormat,
  type ForeignPreview,
  type LabelChoice,
} from '../../../shared/export/foreign-import-types';
import { foreignSkippedRows, ImportCounts, SkippedList } from './ImportSummary';
import { TagMappingTable, tagOfValue, tagValue } from './TagMappingTable';

interface Props {
  file: ForeignFileChoice;
  preview: ForeignPreview | null;
  busy: boolean;
  /** Called when the user picks (or changes) the file's format. */
  onFormat: (format: ForeignFormat) => void;
  /** Called with every label's choice when the user confirms. */
  onConfirm: (labels: LabelChoice[]) => void;
}

/** The mapping and the dry run of one preview (remounted for another file or format). */
function ForeignLabels({
  preview,
  busy,
  onConfirm,
}: Omit<Props, 'file' | 'onFormat'> & { preview: ForeignPreview }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(
    () =>
      new Map(
        preview.labels.map((l) => [
          l.label,
          l.tag === undefined ? '' : l.tag === null ? 'skip' : tagValue(l.tag),
        ]),
      ),
  );
  const unmapped = preview.labels.filter((l) => l.tag === undefined).map((l) => l.label);
  const ready = [...values.values()].every((v) => v !== '');
  return (
    <>
      <section className="transfer-report" data-testid="foreign-dry-run">
        <p className="muted transfer-hint">{t('transfer.foreign.dryRun')}</p>
        <ImportCounts report={preview.dryRun} />
        <SkippedList rows={foreignSkippedRows(preview.dryRun.skipped)} />
      </section>
      {unmapped.length > 0 && (
        <p className="transfer-hint" data-testid="foreign-unmapped">
          {t('transfer.foreign.unmapped', { labels: unmapped.join('، ') })}
        </p>
      )}
      <TagMappingTable
        rows={preview.labels.map((l) => ({
          key: l.label,
          name: l.label,
          uses: l.uses,
          value: values.get(l.label) ?? '',
        }))}
        fixed={[
          { value: '', label: t('transfer.foreign.chooseTag') },
          { value: 'skip', label: t('transfer.foreign.skip') },
        ]}
        columns={[t('transfer.foreign.label'), t('transfer.foreign.uses'), t('transfer.refi.tag')]}
        busy={busy}
        onChange={(label, value) => setValues(new Map(values).set(label, value))}
      />
      <div className="modal-actions">
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={busy || !ready}
          onClick={() => onConfirm([...values].map(([label, v]) => ({ label, tag: tagOfValue(v) ?? null })))}
        >
          {t('transfer.foreign.import')}
        </button>
      </div>
    </>
  );
}

export function ForeignMapping({ file, preview, busy, onFormat, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <section className="refi-mapping" data-testid="foreign-mapping">
      <label>
        {t('transfer.foreign.format')}
        <select
          value={preview?.format ?? file.format ?? ''}
          disabled={busy}
          onChange={(e) => onFormat(e.target.value as ForeignFormat)}
        >
          {file.format === null && <option value="">{t('transfer.foreign.chooseFormat')}</option>}
          {FOREIGN_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`transfer.foreign.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {preview && (
        <ForeignLabels
          key={`${preview.path}:${preview.format}`}
          preview={preview}
          busy={busy}
          onConfirm={onConfirm}
        />
      )}
    </section>
  );
}
