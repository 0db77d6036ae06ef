/**
 * The shared axe check (axe-check.ts) in real Chromium, in the page-only mode it uses: it still
 * finds what it must (an unnamed button, an image with no text alternative, a form field
 * with no label, a button too small to hit) and finds nothing on the same page made right.
 */

import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './harness';
import { axeViolations } from './axe-check';

/** A one-pixel PNG. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const page = (body: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><title>فحص</title></head><body><main><h1>عنوان</h1>${body}</main></body></html>`;

test('finds an unnamed button, an image with no alternative and an unlabelled field; nothing once they are fixed', async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.setContent(page(`<button></button><img src="${PIXEL}"><input type="text">`));
    const found = (await axeViolations(tab)).map((v) => v.split(' ')[0]).sort();
    expect(found).toEqual(['button-name', 'image-alt', 'label', 'target-size']);

    await tab.setContent(
      page(
        `<button>احفظ</button><img src="${PIXEL}" alt="ستيف ويتكوف"><label>الاسم <input type="text"></label>`,
      ),
    );
    expect(await axeViolations(tab)).toEqual([]);
  } finally {
    await browser.close();
  }
});
