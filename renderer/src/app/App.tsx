/**
 * The application shell: top bar, library, analysis or reader, the new-article dialog,
 * the status line, the application menu's commands (use-menu-commands.ts)
 * and the interface language. The top bar keeps the daily commands, grouped;
 * everything else is in the menu.
 */

import { useCallback, useState } from 'react';
import { UndoHistory } from '../../../shared/undo-history';
import { TaxonomyEditor } from '../taxonomy/TaxonomyEditor';
import { reportStep, undoInField, useUndoKeys } from './use-undo-keys';
import { UndoRepair } from './UndoRepair';
import { useUndoRepair } from './use-undo-repair';
import { useTranslation } from 'react-i18next';
import type { PickedTextFile } from '../../../shared/ipc-contract';
import type { UiLanguage } from '../../../shared/preferences';
import type { TextSpan } from '../../../shared/search-passage';
import { api } from '../api';
import { ADJUDICATION_LABELS } from '../../../shared/adjudication/decision-command';
import { SCHEME_SAVE_LABEL } from '../../../shared/scheme-save-command';
import { AdjudicationView } from '../adjudication/AdjudicationView';
import { AgreementView } from '../agreement/AgreementView';
import { AnalysisView } from '../analysis/AnalysisView';
import { CoderControls } from '../coders/CoderControls';
import { NewArticleDialog } from '../article-form/NewArticleDialog';
import { ExportDialog } from '../export/ExportDialog';
import { ImportDialog } from '../export/ImportDialog';
import { DropImport } from '../import/DropImport';
import { ImportPanel } from '../import/ImportPanel';
import { useImport } from '../import/use-import';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { ShortcutsOverlay } from '../reader/ShortcutsOverlay';
import { BackupsDialog } from '../safety/BackupsDialog';
import { StartupNotice } from '../safety/StartupNotice';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { StatusLine } from './StatusLine';
import { useStatus } from './use-status';
import { useCloseGoneArticle } from './use-close-gone-article';
import { TopBar } from './TopBar';
import type { ShellView } from './ViewButtons';
import { useMenuCommands } from '../ui/use-menu-commands';
import { DraftLeaveContext, useLeaveGuard } from '../claims/draft-leave-guard';
import './app.css';

type Dialog = null | { initial: PickedTextFile | null };

export function App() {
  const { i18n } = useTranslation();
  const [opened, setOpened] = useState<{ id: string; focus?: TextSpan } | null>(null);
  const openId = opened?.id ?? null;
  const leave = useLeaveGuard(useCallback((id, focus) => setOpened(id ? { id, focus } : null), []));
  const setOpenId = leave.open;
  const [dialog, setDialog] = useState<Dialog>(null);
  // The status line reads its own store: a message re-renders that line, not the shell.
  const { store: statusStore, notify, dialogNotify, clearDialogError } = useStatus();
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [transfer, setTransfer] = useState<null | 'export' | 'import'>(null);
  const closeTransfer = useCallback(() => {
    setTransfer(null);
    clearDialogError();
  }, [clearDialogError]);
  // Bumped after an import so the open article reloads its annotations.
  const [readerVersion, setReaderVersion] = useState(0);
  // One undo history for the session: it outlives switching articles.
  const [history] = useState(() => new UndoHistory());
  const [revision, setRevision] = useState(0);
  const [schemeOpen, setSchemeOpen] = useState(false);
  // An undone adjudication step keeps the adjudication view (it reloads); any other step shows its article.
  const showStep = useCallback(
    (articleId: string, label?: string) => {
      if (label === undefined || ![...ADJUDICATION_LABELS, SCHEME_SAVE_LABEL].includes(label))
        setOpenId(articleId);
      setRevision((r) => r + 1);
    },
    [setOpenId],
  );
  const undoRepair = useUndoRepair(history, notify, revision, (step, direction) =>
    reportStep(step, direction, notify, showStep),
  );
  const undoStep = useUndoKeys(history, notify, showStep, undoRepair.failed);

  // Bumping the version reloads the list.
  const [listVersion, setListVersion] = useState(0);
  const refresh = useCallback(() => setListVersion((v) => v + 1), []);
  const importer = useImport(notify, refresh);

  const setLanguage = useCallback(
    async (language: UiLanguage) => {
      const result = await api.setLanguage(language);
      if (!result.ok) notify({ kind: 'error', error: result.error });
      await i18n.changeLanguage(language);
    },
    [i18n, notify],
  );

  const exportOpen = useCallback(async () => {
    if (!openId) return;
    const result = await api.exportAnnotations(openId);
    if (!result.ok) notify({ kind: 'error', error: result.error });
    else if (result.value)
      notify({ kind: 'info', key: 'status.exported', params: { path: result.value.path } });
  }, [openId, notify]);

  /** File › Open text file: pick first, then show the form filled in. */
  const openTextFile = useCallback(async () => {
    const result = await api.openTextFile();
    if (!result.ok) notify({ kind: 'error', error: result.error });
    else if (result.value) setDialog({ initial: result.value });
  }, [notify]);

  // The view shown when no article is open.
  const [view, setView] = useState<ShellView>('library');
  const showView = useCallback(
    (next: ShellView) => {
      setOpenId(null);
      setView(next);
      if (next === 'library') refresh();
    },
    [refresh, setOpenId],
  );
  const showLibrary = useCallback(() => showView('library'), [showView]);
  // A restore that took away the open article closes the reader on it (no draft to keep: the article is gone).
  const closeGone = useCallback(() => {
    setOpened(null);
    setView('library');
    refresh();
  }, [refresh]);
  useCloseGoneArticle(openId, closeGone, notify);

  // After a view failed (see ErrorBoundary): bumped to remount the boundaries with what the user chose.
  const [recoveries, setRecoveries] = useState(0);
  const recover = (then: () => void) => () => {
    setDialog(null);
    setSchemeOpen(false);
    setBackupsOpen(false);
    setTransfer(null);
    setRecoveries((n) => n + 1);
    then();
  };
  const ways = { onLibrary: recover(showLibrary), onBackups: recover(() => setBackupsOpen(true)) };
  const closeScheme = () => setSchemeOpen(false);
  const closeBackups = () => setBackupsOpen(false);

  // Bumped by Edit › Search the library: the library focuses its search box.
  const [searchFocus, setSearchFocus] = useState(0);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useMenuCommands({
    'new-article': () => setDialog({ initial: null }),
    'open-text-file': () => void openTextFile(),
    'export-annotations': () => void exportOpen(),
    'show-library': showLibrary,
    'import-files': () => void importer.importFiles(),
    'import-folder': () => void importer.importFolder(),
    'export-dialog': () => setTransfer('export'),
    'import-annotations': () => setTransfer('import'),
    'show-backups': () => setBackupsOpen(true),
    'edit-scheme': () => setSchemeOpen(true),
    'show-shortcuts': () => setShortcutsOpen(true),
    find: () => {
      setOpenId(null);
      setSearchFocus((n) => n + 1);
    },
    // A text field keeps its own undo; elsewhere the session's annotation history.
    undo: () => undoInField('undo') || undoStep('undo'),
    redo: () => undoInField('redo') || undoStep('redo'),
    'set-language-ar': () => void setLanguage('ar'),
    'set-language-en': () => void setLanguage('en'),
  });

  return (
    <DropImport
      className="app"
      disabled={importer.state.running}
      onPaths={(paths) => void importer.importPaths(paths)}
    >
      <TopBar
        view={openId ? null : view}
        onView={showView}
        onNewArticle={() => setDialog({ initial: null })}
        onScheme={() => setSchemeOpen(true)}
        onExport={() => setTransfer('export')}
        onLanguage={(language) => void setLanguage(language)}
      >
        <CoderControls notify={notify} />
      </TopBar>
      <StartupNotice notify={notify} onAdopted={refresh} />
      {leave.dialog}
      <main className="content">
        {openId ? (
          <ErrorBoundary key={`reader:${openId}:${recoveries}`} area="reader" {...ways}>
            <DraftLeaveContext.Provider value={leave.report}>
              <ReaderView
                key={`${openId}:${readerVersion}`}
                articleId={openId}
                notify={notify}
                focus={opened?.focus}
                history={history}
                revision={revision}
                onOpen={setOpenId}
              />
            </DraftLeaveContext.Provider>
          </ErrorBoundary>
        ) : view === 'adjudication' ? (
          <ErrorBoundary key={`adjudication:${recoveries}`} area="library" {...ways}>
            <AdjudicationView history={history} notify={notify} revision={revision} />
          </ErrorBoundary>
        ) : view === 'analysis' ? (
          <ErrorBoundary key={`analysis:${recoveries}`} area="library" {...ways}>
            <AnalysisView onOpen={setOpenId} notify={notify} />
          </ErrorBoundary>
        ) : view === 'agreement' ? (
          <ErrorBoundary key={`agreement:${recoveries}`} area="library" {...ways}>
            <AgreementView notify={notify} />
          </ErrorBoundary>
        ) : (
          <ErrorBoundary key={`library:${recoveries}`} area="library" {...ways}>
            <LibraryView
              onOpen={setOpenId}
              onNew={() => setDialog({ initial: null })}
              notify={notify}
              version={listVersion}
              importer={importer}
              history={history}
              searchFocus={searchFocus}
            />
          </ErrorBoundary>
        )}
      </main>
      <ImportPanel importer={importer} openId={openId} />
      <StatusLine store={statusStore} />
      {undoRepair.repair && (
        <UndoRepair
          repair={undoRepair.repair}
          onTag={(tag) => void undoRepair.retagStep(tag)}
          onDrop={() => void undoRepair.drop()}
          onClose={undoRepair.dismiss}
        />
      )}
      <ErrorBoundary key={`dialogs:${recoveries}`} area="dialog" {...ways}>
        {schemeOpen && (
          <TaxonomyEditor
            notify={notify}
            history={history}
            onClose={closeScheme}
            onSaved={closeThen(closeScheme, () => setRevision((r) => r + 1))}
          />
        )}
        {backupsOpen && (
          <BackupsDialog
            notify={notify}
            onClose={closeBackups}
            onRestored={closeThen(closeBackups, showLibrary)}
          />
        )}
        {transfer === 'export' && (
          <ExportDialog openArticleId={openId} onClose={closeTransfer} notify={dialogNotify} />
        )}
        {transfer === 'import' && (
          <ImportDialog
            onClose={closeTransfer}
            notify={dialogNotify}
            onImported={() => {
              refresh();
              setReaderVersion((v) => v + 1);
            }}
          />
        )}
        {shortcutsOpen && <ShortcutsOverlay onClose={() => setShortcutsOpen(false)} />}
        {dialog && (
          <NewArticleDialog
            initial={dialog.initial}
            notify={notify}
            onClose={() => setDialog(null)}
            onAdded={(meta) => {
              setDialog(null);
              refresh();
              setOpenId(meta.id);
            }}
          />
        )}
      </ErrorBoundary>
    </DropImport>
  );
}

/** A dialog's "done" handler: closes the dialog (`close`), then does `then`. */
function closeThen(close: () => void, then: () => void): () => void {
  return () => {
    close();
    then();
  };
}
