/**
 * Drag and drop of files onto the window. The page only sees File objects;
 * their paths come from the preload (Electron's webUtils.getPathForFile), and
 * main reads and imports the files like any other batch: no file content
 * crosses IPC, and encodings and HTML are handled in one place.
 */

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

interface Props {
  className: string;
  disabled: boolean;
  onPaths: (paths: string[]) => void;
  children: ReactNode;
}

const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function DropImport({ className, disabled, onPaths, children }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <div
      className={className}
      onDragOver={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const paths = Array.from(e.dataTransfer.files)
          .map((file) => api.pathForFile(file))
          .filter((path) => path.length > 0);
        if (paths.length > 0) onPaths(paths);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.drop')}
        </div>
      )}
    </div>
  );
}
