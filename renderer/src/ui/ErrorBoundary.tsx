/**
 * Keeps a failure in one view from blanking the window: an error thrown
 * while rendering the library, the reader or a dialog (a value in a file
 * the UI could not display) is caught here and replaced by a notice, in the
 * interface language, that says which view failed and why, with a way back
 * to the library and to the backups. Nothing is written on the way.
 */

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import './feedback.css';

export type BoundaryArea = 'library' | 'reader' | 'dialog';

interface Props {
  area: BoundaryArea;
  children: ReactNode;
  /** Leaves the failed view for the library (and closes dialogs). */
  onLibrary: () => void;
  /** Opens the backups dialog. */
  onBackups: () => void;
}

interface State {
  error: Error | null;
}

/** Catches render errors of its children; remount it (change its key) to try again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The developer console keeps the component stack; the user sees the notice.
    console.error(`Hamish: the ${this.props.area} view failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorNotice
        area={this.props.area}
        error={error}
        onLibrary={this.props.onLibrary}
        onBackups={this.props.onBackups}
      />
    );
  }
}

interface NoticeProps {
  area: BoundaryArea;
  error: Error;
  onLibrary: () => void;
  onBackups: () => void;
}

/** What replaces a failed view: which view, the error's message, and the ways out. */
function ErrorNotice({ area, error, onLibrary, onBackups }: NoticeProps) {
  const { t } = useTranslation();
  const body = (
    <>
      <p>{t('boundary.explain')}</p>
      <pre className="boundary-error" dir="ltr">
        {error.message || error.name}
      </pre>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onLibrary}>
          {t('boundary.backToLibrary')}
        </button>
        <button type="button" onClick={onBackups}>
          {t('boundary.openBackups')}
        </button>
      </div>
    </>
  );
  if (area === 'dialog') {
    return (
      <Modal
        title={t('boundary.heading_dialog')}
        className="boundary-notice"
        testId="boundary-dialog"
        onClose={onLibrary}
      >
        {body}
      </Modal>
    );
  }
  return (
    <section
      className="boundary-notice"
      role="alert"
      data-testid={`boundary-${area}`}
      aria-labelledby={`boundary-${area}-title`}
    >
      <h2 id={`boundary-${area}-title`}>{t(`boundary.heading_${area}`)}</h2>
      {body}
    </section>
  );
}
