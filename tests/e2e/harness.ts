/**
 * The Chromium harness: runs the built renderer in Debian's Chromium with the
 * same `window.api` the preload exposes, bridged through a Playwright binding
 * to the real services (library on a real folder, real dispatch and
 * validation). Only Electron itself (window, dialogs, electron-store) is
 * replaced. Importable by tests, benchmarks and screenshot scripts:
 * `const app = await launchHamish({ libraryDir })`.
 */

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createAppApi } from '../../electron/services/app-api';
import { memoryCoder, type CoderPreference } from '../../electron/services/coder-preference';
import { dispatch } from '../../electron/services/api-dispatch';
import { pushListChanges } from '../../electron/library-pushes';
import { Library } from '../../electron/services/library/library';
import { createServices } from '../../electron/services/services';
import { workerNow } from '../../electron/services/transfer/import-worker-thread';
import type { ImportProgress } from '../../shared/import-types';
import {
  API_METHODS,
  pushChannel,
  type MenuCommand,
  type PushEvent,
  type PushEvents,
} from '../../shared/ipc-contract';
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/preferences';
import { serveStatic, type StaticServer } from './static-server';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
export const SAMPLE_PATH = join(REPO_ROOT, 'resources', 'sample-article.ar.txt');
/** Where specs save screenshots: docs/ with HAMISH_UPDATE_DOCS=1 (the README's pictures), else test-results/. */
export const SCREENSHOT_DIR = process.env['HAMISH_UPDATE_DOCS']
  ? join(REPO_ROOT, 'docs')
  : join(REPO_ROOT, 'test-results', 'screenshots');

/** Flags that keep headless Chromium off the (absent) network; see DESIGN.md. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  return path;
}

export interface LaunchOptions {
  libraryDir: string;
  /** Folder the "save dialog" answers with; defaults to the library's parent. */
  exportDir?: string;
  /** Seed a new library with the sample article, as the app does on first run (default true). */
  seedSample?: boolean;
  language?: Preferences['language'];
  viewport?: { width: number; height: number };
  browser?: Browser;
  /** Folder whose files stand for files dropped on the window (pathForFile answers <dropDir>/<file name>). */
  dropDir?: string;
  /** What main would report as a corrupt preferences file kept aside at start. */
  preferencesSetAside?: string;
  /** Awaited before each API call is dispatched (tests holding a call back, e.g. a slow disk). */
  beforeDispatch?: (method: unknown) => Promise<void>;
  /**
   * The local coder electron-store would hold (issue 20); default HARNESS_CODER, so the
   * first-run question stays away; null: first run (the app asks), with `osUser` proposed.
   */
  coder?: string | null;
  /** The OS user name main would propose (default "analyst"). */
  osUser?: string;
}

/** The coder the harness's app has chosen unless a test asks for a first run. */
export const HARNESS_CODER = 'سامي';

export interface HamishApp {
  page: Page;
  context: BrowserContext;
  library: Library;
  /** Preferences as the app would keep them in electron-store. */
  preferences: Preferences;
  /** The local coder preference (as electron-store's key `coder` would hold it). */
  coder: CoderPreference;
  /** Every path the save dialog answered, in order. */
  exportedPaths: string[];
  /** The file the next "open text file" dialog picks (null: the user cancels). */
  nextOpenFile: string | null;
  /** The files the next "import files" dialog picks (null: the user cancels). */
  nextImportFiles: string[] | null;
  /** The folder the next "import folder" dialog picks (null: the user cancels). */
  nextImportFolder: string | null;
  /** Every import progress report pushed to the page, in order. */
  importEvents: ImportProgress[];
  /** The file the next "import annotations" dialog picks (null: the user cancels). */
  nextImportFile: string | null;
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /**
   * How many calls of `method` main has answered to the page since it was
   * last loaded (a reload starts again at 0): counted in the page as each
   * answer (or error) arrives, before the app's own code sees it. A test that
   * releases a held answer waits on this (with expect.poll), not on a time.
   */
  answeredCalls(method: string): Promise<number>;
  /** Reloads the page and waits for the app to render, like restarting the window. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Builds the renderer-side bridge; runs in the page before any app script. */
function installBridge({
  methods,
  dropDir,
  channels,
}: {
  methods: readonly string[];
  dropDir: string;
  channels: { menu: string; progress: string; listChanged: string };
}): void {
  const w = window as unknown as Record<string, unknown>;
  const binding = w['__hamishInvoke'] as (method: string, args: unknown[]) => Promise<string | undefined>;
  // How many calls of each method main has answered to this page (see HamishApp.answeredCalls).
  const answered: Record<string, number> = {};
  w['__hamishAnswered'] = answered;
  const invoke = async (method: string, args: unknown[]): Promise<unknown> => {
    try {
      const text = await binding(method, args);
      return text === undefined ? undefined : JSON.parse(text);
    } finally {
      answered[method] = (answered[method] ?? 0) + 1;
    }
  };
  const api: Record<string, unknown> = {};
  for (const method of methods) api[method] = (...args: unknown[]) => invoke(method, args);
  // Pushes from the harness arrive on one entry point, by channel, as ipcRenderer.on delivers them.
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = (channel: string) => (listener: (payload: unknown) => void) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set.add(listener));
    return () => set.delete(listener);
  };
  w['__hamishPush'] = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((listener) => listener(payload));
  api['onMenuCommand'] = on(channels.menu);
  api['onImportProgress'] = on(channels.progress);
  api['onLibraryChanged'] = on(channels.listChanged);
  // The client's generic on(event, listener), over the contract's channel name (pushChannel: "hamish:<event>").
  api['on'] = (event: string, listener: (payload: unknown) => void) => on(`hamish:${event}`)(listener);
  // Stands in for Electron's webUtils.getPathForFile: a dropped file is looked up in the harness's drop folder.
  api['pathForFile'] = (file: unknown) => (dropDir && file instanceof File ? `${dropDir}/${file.name}` : '');
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
}

async function waitForApp(page: Page): Promise<void> {
  await page.locator('.app').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export async function launchHamish(options: LaunchOptions): Promise<HamishApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR} is missing: run "npm run build" first`);
  }
  const coder = memoryCoder(
    options.coder === null ? undefined : (options.coder ?? HARNESS_CODER),
    options.osUser ?? 'analyst',
  );
  const library = await Library.open(options.libraryDir, {
    ...(options.seedSample === false ? {} : { samplePath: SAMPLE_PATH }),
    coder: () => coder.current(),
  });
  // The import worker, started now (kept between imports, as the app keeps it): run from the
  // TypeScript sources it first compiles its module graph through jiti (~0.4 s of CPU the app,
  // with its built worker, never spends), 2-3 s at load 23; inside an import that pushed the
  // report past the 5 s a UI expectation waits (adjudication-review, two-coders-to-gold at load 22-28).
  workerNow();
  const exportDir = options.exportDir ?? resolve(options.libraryDir, '..');
  const server: StaticServer = await serveStatic(RENDERER_DIR);
  const ownBrowser = !options.browser;
  const browser =
    options.browser ?? (await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }));
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    deviceScaleFactor: 1,
  });
  // Offline means offline: any request that is not to the harness's own server fails the test run loudly.
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => {
      console.error(`blocked network request: ${route.request().url()}`);
      return route.abort();
    },
  );

  const app: HamishApp = {
    page: await context.newPage(),
    context,
    library,
    preferences: { ...DEFAULT_PREFERENCES, ...(options.language ? { language: options.language } : {}) },
    coder,
    exportedPaths: [],
    nextOpenFile: null,
    nextImportFiles: null,
    nextImportFolder: null,
    importEvents: [],
    nextImportFile: null,
    sendMenuCommand: (command) => pushToPage('menu-command', command),
    answeredCalls: (method) =>
      app.page.evaluate(
        (m) => (window as unknown as { __hamishAnswered: Record<string, number> }).__hamishAnswered[m] ?? 0,
        method,
      ),
    reload: async () => {
      await app.page.reload();
      await waitForApp(app.page);
    },
    close: async () => {
      await context.close();
      if (ownBrowser) await browser.close();
      await server.close();
      await library.close();
    },
  };

  /** Main's push, as ipc-main's `push` sends it: the contract's channel and typed payload. */
  const pushToPage = <E extends PushEvent>(event: E, payload: PushEvents[E]): Promise<void> =>
    app.page.evaluate(
      ([channel, p]) =>
        (window as unknown as { __hamishPush(c: string, p: unknown): void }).__hamishPush(channel, p),
      [pushChannel(event), payload] as const,
    );
  const services = createServices(library, { generator: 'Hamish (test harness)' });
  services.imports.onProgress((progress) => {
    app.importEvents.push(progress);
    pushToPage('import-progress', progress).catch(() => undefined); // the page may be closing
  });
  services.transfers.onProgress((progress) => {
    pushToPage('annotation-import-progress', progress).catch(() => undefined);
  });
  pushListChanges(library, (change) => {
    pushToPage('library-changed', change).catch(() => undefined);
  });
  const api = createAppApi({
    services,
    preferencesSetAside: options.preferencesSetAside ?? null,
    coder,
    dialogs: {
      chooseTextFile: () => Promise.resolve(app.nextOpenFile),
      chooseImportFiles: () => Promise.resolve(app.nextImportFiles),
      chooseImportFolder: () => Promise.resolve(app.nextImportFolder),
      chooseExportPath: (defaultName) => {
        const path = join(exportDir, defaultName);
        app.exportedPaths.push(path);
        return Promise.resolve(path);
      },
      chooseExportTarget: (defaultName) => {
        const path = join(exportDir, defaultName);
        app.exportedPaths.push(path);
        return Promise.resolve(path);
      },
      chooseChartPath: (defaultName) => {
        const path = join(exportDir, defaultName);
        app.exportedPaths.push(path);
        return Promise.resolve(path);
      },
      chooseReportPath: (defaultName) => {
        const path = join(exportDir, defaultName);
        app.exportedPaths.push(path);
        return Promise.resolve(path);
      },
      chooseImportFile: () => Promise.resolve(app.nextImportFile),
      chooseQdpxFile: () => Promise.resolve(app.nextImportFile),
      chooseForeignFile: () => Promise.resolve(app.nextImportFile),
    },
    preferences: {
      get: () => app.preferences,
      setLanguage: (language) => {
        app.preferences = { ...app.preferences, language };
        return app.preferences;
      },
    },
  });

  await context.exposeBinding('__hamishInvoke', async (_source, method: unknown, args: unknown) => {
    await options.beforeDispatch?.(method);
    // One JSON string crosses the binding: Playwright's own serialisation walks every object and
    // took ~0.7 s for 1,000 annotations, a cost Electron's structured clone does not have.
    return JSON.stringify(await dispatch(api, method, args));
  });
  await context.addInitScript(installBridge, {
    methods: API_METHODS,
    dropDir: options.dropDir ?? '',
    channels: {
      menu: pushChannel('menu-command'),
      progress: pushChannel('import-progress'),
      listChanged: pushChannel('library-changed'),
    },
  });
  await app.page.goto(server.url);
  await waitForApp(app.page);
  return app;
}
