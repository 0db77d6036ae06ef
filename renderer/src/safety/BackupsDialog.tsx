/**
 * "Restore from backup": lists the library's rolling backups and restores one
 * after the user confirms. Main backs up the current state first, and the
 * result names that copy, so the user can always go back.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../shared/backups';
import { api } from '../api';
import type { Notify } from '../status';
import { formatDate } from '../ui/format-date';
import { Modal } from '../ui/Modal';
import './safety.css';

interface Props {
  notify: Notify;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}

export function BackupsDialog({ notify, onClose, onRestored }: Props) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  // A manifest's date that is not a real date is shown as stored, never thrown on.
  const when = (b: BackupInfo) =>
    b.createdAt
      ? (formatDate(b.createdAt, i18n.language, { dateStyle: 'full', timeStyle: 'short' }) ?? b.createdAt)
      : b.name;

  useEffect(() => {
    let live = true;
    void api.listBackups().then((result) => {
      if (!live) return;
      if (result.ok) setBackups(result.value);
      else notify({ kind: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [notify]);

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    notify({ kind: 'saving' });
    const result = await api.restoreBackup(backup.name);
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    notify({
      kind: 'info',
      key: 'backups.restored',
      params: { when: when(backup), savedAs: result.value.savedAs },
    });
    onRestored(result.value);
  };

  return (
    <Modal title={t('backups.heading')} className="backups-modal" busy={busy} onClose={onClose}>
      <p className="muted">{t('backups.explain')}</p>
      {backups === null && <p>{t('reader.loading')}</p>}
      {backups?.length === 0 && <p>{t('backups.none')}</p>}
      <ul className="backup-list">
        {backups?.map((b) => (
          <li key={b.name} className="backup-row" data-backup={b.name}>
            <span className="backup-name">
              <strong>{when(b)}</strong>
              <br />
              <span className="muted">
                {t(`backups.kind.${b.kind}`)} · {t('library.count', { count: b.articles })} ·{' '}
                {t('library.annotations', { count: b.annotations })}
              </span>
            </span>
            <button type="button" disabled={busy} onClick={() => setConfirming(b)}>
              {t('backups.restore')}
            </button>
          </li>
        ))}
      </ul>
      {confirming && (
        <div className="backup-confirm" role="alertdialog" aria-labelledby="backup-confirm-text">
          <p id="backup-confirm-text">{t('backups.confirm', { when: when(confirming) })}</p>
          <div className="backup-actions">
            <button type="button" onClick={() => setConfirming(null)} disabled={busy}>
              {t('actions.cancel')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void restore(confirming)}>
              {t('backups.confirmRestore')}
            </button>
          </div>
        </div>
      )}
      <div className="backup-actions">
        <button type="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </Modal>
  );
}
