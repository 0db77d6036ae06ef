/**
 * The local coder in the top bar (issue 20): a button naming the coder that
 * opens Preferences (also Edit › Preferences in the menu), and the question
 * asked once on first run, when main has no coder stored yet. Keeps the
 * renderer's copy of the name (local-coder.ts) in step with main.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoderSetting } from '../../../shared/ipc-contract-coders';
import { api } from '../api';
import type { Notify } from '../status';
import { useMenuCommands } from '../ui/use-menu-commands';
import { CoderDialog } from './CoderDialog';
import { setLocalCoder } from './local-coder';
import './coders.css';

interface Props {
  notify: Notify;
}

export function CoderControls({ notify }: Props) {
  const { t } = useTranslation();
  const [setting, setSetting] = useState<CoderSetting | null>(null);
  const [open, setOpen] = useState<null | 'first-run' | 'preferences'>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api.getCoder().then((result) => {
      if (!live) return;
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return;
      }
      setSetting(result.value);
      setLocalCoder(result.value.suggested);
      if (result.value.coder === null) setOpen('first-run');
    });
    return () => {
      live = false;
    };
  }, [notify]);

  useMenuCommands({ 'show-preferences': () => setOpen('preferences') });

  const save = async (name: string) => {
    setBusy(true);
    const result = await api.setCoder(name);
    setBusy(false);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    setSetting(result.value);
    setLocalCoder(result.value.suggested);
    setOpen(null);
    notify({ kind: 'info', key: 'coder.saved', params: { name: result.value.suggested } });
  };

  const name = setting?.suggested ?? '';
  return (
    <>
      <button
        type="button"
        className="coder-button"
        aria-label={`${t('coder.button', { name })} — ${t('coder.preferencesTitle')}`}
        disabled={setting === null}
        onClick={() => setOpen('preferences')}
      >
        {t('coder.button', { name })}
      </button>
      {open && setting && (
        <CoderDialog
          firstRun={open === 'first-run'}
          initial={setting.suggested}
          busy={busy}
          onSave={(n) => void save(n)}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
