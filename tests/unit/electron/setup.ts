/**
 * Registered in vitest.config.ts: replaces the `electron` module with the
 * fake in electron-fake.ts for every unit test (the way electron/fiddle tests
 * its main process). The fake is loaded only by tests that import Electron code.
 */

import { vi } from 'vitest';

vi.mock('electron', () => import('./electron-fake'));
