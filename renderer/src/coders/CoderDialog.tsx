/**
 * The local coder's dialog (issue 20): on first run it asks who is coding
 * (prefilled with the OS user name; confirming keeps it), later it is the
 * Preferences dialog where the name can be changed. An empty name is refused
 * here, in the interface language, and nothing is sent; main checks again.
 * A name that is a colleague's coder layer or an adjudication's gold coder is
 * warned about as it is typed (use-coder-clashes.ts); it can still be saved.
 */

import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanCoderName } from '../../../shared/coders';
import { isolate } from '../../../shared/import-report-lines';
import { MAX_CODER_NAME_LENGTH } from '../../../shared/schema/limits';
import { Modal } from '../ui/Modal';
import { ModalActions } from '../ui/ModalActions';
import { useCoderClashes } from './use-coder-clashes';

interface Props {
  /** First run: the question and its explanation; else Preferences. */
  firstRun: boolean;
  /** The name to start from (the chosen one, else the OS user name). */
  initial: string;
  busy: boolean;
  /** Saves a trimmed, valid name. */
  onSave: (name: string) => void;
  onClose: () => void;
}

export function CoderDialog({ firstRun, initial, busy, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [refused, setRefused] = useState(false);
  const clashOf = useCoderClashes(initial);
  const typed = cleanCoderName(name);
  const clash = typed === undefined || typed === initial ? null : clashOf(typed);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const clean = cleanCoderName(name);
    setRefused(clean === undefined);
    if (clean !== undefined) onSave(clean);
  };

  return (
    <Modal
      title={t(firstRun ? 'coder.firstRunTitle' : 'coder.preferencesTitle')}
      className="coder-modal"
      busy={busy}
      onClose={onClose}
      onSubmit={submit}
      testId="coder-dialog"
    >
      <p className="muted">{t('coder.explain')}</p>
      <label>
        {t('coder.nameLabel')}
        <input
          data-autofocus
          name="coder"
          dir="auto"
          maxLength={MAX_CODER_NAME_LENGTH}
          value={name}
          aria-invalid={refused}
          aria-describedby={refused ? 'coder-refused' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      {refused && (
        <p id="coder-refused" role="alert" className="coder-refused">
          {t('coder.empty', { max: MAX_CODER_NAME_LENGTH })}
        </p>
      )}
      {clash && (
        <p role="status" className="coder-clash" data-testid="coder-clash">
          {t(`coder.clash.${clash.kind}`, { name: isolate(typed ?? ''), existing: isolate(clash.existing) })}
        </p>
      )}
      <ModalActions
        submit={t(firstRun ? 'coder.confirm' : 'coder.save')}
        onCancel={onClose}
        disabled={busy}
      />
    </Modal>
  );
}
