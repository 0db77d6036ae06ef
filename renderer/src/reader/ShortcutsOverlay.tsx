/** The "?" overlay: every keyboard shortcut of the reader, in the interface language. */

import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';

const SHORTCUTS: [keys: string, label: string][] = [
  ['← →', 'shortcuts.word'],
  ['Shift + ← →', 'shortcuts.extend'],
  ['↑ ↓', 'shortcuts.sentence'],
  ['1 … 9', 'shortcuts.tag'],
  ['0', 'shortcuts.typeItself'],
  ['] [', 'shortcuts.jump'],
  ['Shift + ← →', 'shortcuts.moveEnd'],
  ['Alt + Shift + ← →', 'shortcuts.moveStart'],
  ['M', 'shortcuts.tagAll'],
  ['E', 'shortcuts.entity'],
  ['Delete', 'shortcuts.delete'],
  ['N', 'shortcuts.note'],
  ['R', 'shortcuts.retag'],
  ['C / V', 'shortcuts.claimStart'],
  ['Space', 'shortcuts.claimAdd'],
  ['1 … 9', 'shortcuts.claimRole'],
  ['Enter', 'shortcuts.claimSave'],
  ['Esc', 'shortcuts.claimCancel'],
  ['Esc', 'shortcuts.backToText'],
  ['← →', 'shortcuts.panelTabs'],
  ['↑ ↓', 'shortcuts.panelCards'],
  ['Ctrl + Z', 'shortcuts.undo'],
  ['Ctrl + Shift + Z', 'shortcuts.redo'],
  ['Esc', 'shortcuts.escape'],
  ['?', 'shortcuts.help'],
];

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('shortcuts.title')}
      className="shortcuts"
      testId="shortcuts"
      closeOnBackdrop
      onClose={onClose}
    >
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}>
              <td>
                <kbd dir="ltr">{keys}</kbd>
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </Modal>
  );
}
