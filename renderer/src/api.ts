/** The typed bridge to main: `window.api`, exposed by the preload (or by the test harness). */

import type { ApiClient } from '../../shared/ipc-client';

declare global {
  interface Window {
    api: ApiClient;
  }
}

export const api: ApiClient = window.api;
