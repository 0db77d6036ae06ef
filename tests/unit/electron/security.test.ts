/**
 * electron/security.ts with Electron mocked: the CSP header added to every
 * response (strict, nothing remote), every permission denied, navigation and
 * new windows blocked, and http(s) links opened only after the user confirms.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import { installSecurityPolicy, isExternalWebUrl } from '../../../electron/security';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { app, dialog, FakeWebContents, resetElectronFake, session, shell, webRequest } from './electron-fake';

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

beforeEach(resetElectronFake);

/** Installs the policy and returns the headers the listener sets on one response. */
function headersFor(isDev: boolean): Record<string, string[]> {
  installSecurityPolicy(isDev);
  const listener = webRequest.onHeadersReceived.mock.calls[0]?.[0] as HeadersListener;
  let headers: Record<string, string[]> = {};
  listener({ url: 'hamish://app/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => {
    headers = r.responseHeaders;
  });
  return headers;
}

/** Directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

/** A new web contents, as the app would create, with the policy's listeners on it. */
function createdContents(): FakeWebContents {
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return contents;
}

/** Emits `will-navigate` to `url` and says whether it was prevented. */
function navigate(contents: FakeWebContents, url: string): boolean {
  let prevented = false;
  contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the CSP header', () => {
  it('is added to every response, keeping the other headers', () => {
    const headers = headersFor(false);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('is strict: nothing by default, own scripts only, no inline, no eval, no remote origin, no data: fonts', () => {
    const policy = headersFor(false)['Content-Security-Policy']?.[0] ?? '';
    const d = directives(policy);
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('font-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|ws:|\*/);
  });

  it('is the looser dev-server policy only with npm run dev', () => {
    const policy = headersFor(true)['Content-Security-Policy']?.[0] ?? '';
    expect(policy).not.toBe(CONTENT_SECURITY_POLICY);
    expect(policy).toContain('ws://localhost');
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    installSecurityPolicy(false);
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(check()).toBe(false);
  });
});

describe('navigation and new windows', () => {
  beforeEach(() => installSecurityPolicy(false));

  it('prevents every navigation, to the app origin, a local file or the web', () => {
    const contents = createdContents();
    for (const url of [
      'hamish://app/other.html',
      'file:///etc/passwd',
      'https://example.org/',
      'javascript:1',
    ]) {
      expect(navigate(contents, url), url).toBe(true);
    }
  });

  it('denies every window.open and prevents <webview>', () => {
    const contents = createdContents();
    for (const url of ['hamish://app/index.html', 'https://example.org/', 'file:///tmp/x.html']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('opens an http(s) link in the browser only after the user confirms', async () => {
    const contents = createdContents();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    navigate(contents, 'https://example.org/cancelled');
    await flush();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).not.toHaveBeenCalled();

    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    contents.windowOpenHandler?.({ url: 'https://example.org/confirmed' });
    await flush();
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/confirmed');
  });

  it('never offers to open a non-web URL', async () => {
    const contents = createdContents();
    navigate(contents, 'file:///etc/passwd');
    contents.windowOpenHandler?.({ url: 'smb://host/share' });
    await flush();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(isExternalWebUrl('smb://host/share')).toBe(false);
    expect(isExternalWebUrl('https://example.org')).toBe(true);
  });
});
