/**
 * electron/window.ts and window-bounds.ts with Electron's screen mocked: the
 * window opens locked down, at saved bounds fitted to a connected display
 * (absurd sizes clamped, off-screen positions dropped or pulled in), and its
 * bounds are saved on close.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import type { Settings, WindowBounds } from '../../../electron/settings';
import { createMainWindow } from '../../../electron/window';
import { BrowserWindow, displays, resetElectronFake } from './electron-fake';

beforeEach(resetElectronFake);

/** Settings whose store holds `bounds` and records what is written. */
function settingsWith(bounds: WindowBounds) {
  const written: unknown[] = [];
  const settings = {
    store: { get: () => bounds, set: (_key: string, value: unknown) => written.push(value) },
    setAside: null,
  } as unknown as Settings;
  return { settings, written };
}

/** Opens the window with `bounds` saved and returns the options it was created with. */
function open(bounds: WindowBounds) {
  const { settings, written } = settingsWith(bounds);
  createMainWindow(settings, '/app/out/preload');
  const win = BrowserWindow.instances.at(-1);
  if (!win) throw new Error('no window created');
  return { win, options: win.options, written };
}

const SECOND = { workArea: { x: 1920, y: 0, width: 1280, height: 984 } };

describe('window bounds', () => {
  it('keeps bounds that fit the display', () => {
    const { options } = open({ x: 100, y: 80, width: 1280, height: 860, maximized: false });
    expect(options).toMatchObject({ x: 100, y: 80, width: 1280, height: 860 });
  });

  it('clamps an absurd size to the display and a tiny one to the minimum', () => {
    expect(open({ x: 0, y: 0, width: 100_000, height: 90_000, maximized: false }).options).toMatchObject({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
    expect(open({ width: 200, height: 200, maximized: false }).options).toMatchObject({
      width: 720,
      height: 480,
    });
  });

  it('drops a position on no connected display (a monitor unplugged)', () => {
    const { options } = open({ x: 5000, y: 3000, width: 1000, height: 700, maximized: false });
    expect(options).toMatchObject({ width: 1000, height: 700 });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('pulls a window hanging off the edge fully onto the display it mostly covers', () => {
    displays.push(SECOND);
    const { options } = open({ x: 2800, y: -200, width: 1000, height: 700, maximized: false });
    expect(options).toMatchObject({ x: 2200, y: 0, width: 1000, height: 700 });
  });

  it('fits the second display when the window is there, and keeps maximized', () => {
    displays.push(SECOND);
    const { win, options } = open({ x: 2000, y: 50, width: 3000, height: 2000, maximized: true });
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 984 });
    expect(win.maximize).toHaveBeenCalledTimes(1);
  });

  it('saves the normal bounds on close', () => {
    const { win, written } = open({ width: 1280, height: 860, maximized: false });
    win.emit('close');
    expect(written).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: false }]);
  });
});

describe('the window', () => {
  it('is sandboxed, isolated, without Node, webviews or insecure content', () => {
    const prefs = open({ width: 1280, height: 860, maximized: false }).options['webPreferences'] as Record<
      string,
      unknown
    >;
    expect(prefs['preload']).toBe('/app/out/preload/preload.cjs');
    const on = ['contextIsolation', 'sandbox', 'webSecurity'];
    const off = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag'];
    expect(on.map((key) => prefs[key])).toEqual([true, true, true]);
    expect(off.map((key) => prefs[key])).toEqual([false, false, false, false]);
    expect(prefs['allowRunningInsecureContent']).toBe(false);
  });
});
