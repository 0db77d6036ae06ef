/**
 * Exported charts keep the bundled font (chart-fonts.ts), in real Chromium:
 * the SVG file carries IBM Plex Sans Arabic's own woff2 files (byte for byte
 * those of @fontsource) as data: URLs, and the PNG file's pixels are those
 * of that SVG drawn with them, not those of the same SVG whose labels fall
 * back to a system font (its @font-face rules taken out).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAnalysisLibrary } from './analysis-library';
import { expect, test } from './fixtures';

const FONT_FILES = join(import.meta.dirname, '../../node_modules/@fontsource/ibm-plex-sans-arabic/files');

test.use({
  launch: { viewport: { width: 1360, height: 900 }, language: 'ar' },
  libraryDir: async ({ dir }, use) => {
    await writeAnalysisLibrary(join(dir, 'library'));
    await use(join(dir, 'library'));
  },
});

test('the PNG and SVG exports draw the Arabic labels with the bundled font', async ({ app, dir }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'التحليل', exact: true }).click();
  await expect(page.locator('.analysis-chart-box svg')).toBeVisible();
  await page.getByRole('button', { name: 'SVG', exact: true }).click();
  await expect(page.getByTestId('status')).toContainText('frequencies-tag.svg');
  await page.getByRole('button', { name: 'PNG', exact: true }).click();
  await expect(page.getByTestId('status')).toContainText('frequencies-tag.png');
  const svg = await readFile(join(dir, 'frequencies-tag.svg'), 'utf8');
  const png = (await readFile(join(dir, 'frequencies-tag.png'))).toString('base64');

  // The Arabic face inlined is the bundled file itself.
  const inlined = [...svg.matchAll(/src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/gu)].map(
    (m) => m[1],
  );
  expect(svg).toContain('@font-face{font-family:"IBM Plex Sans Arabic"');
  const arabic = (await readFile(join(FONT_FILES, 'ibm-plex-sans-arabic-arabic-400-normal.woff2'))).toString(
    'base64',
  );
  expect(inlined).toContain(arabic);
  expect(svg).toMatch(/>[^<]*[\u0600-\u06FF][^<]*<\/text>/u); // there are Arabic labels to shape

  const pixels = await page.evaluate(
    async ({ markup, saved }) => {
      const draw = async (src: string, width: number, height: number) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const savedImage = new Image();
      savedImage.src = `data:image/png;base64,${saved}`;
      await savedImage.decode();
      const { naturalWidth: w, naturalHeight: h } = savedImage;
      const asSvg = (text: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      const file = await draw(`data:image/png;base64,${saved}`, w, h);
      const withFont = await draw(asSvg(markup), w, h);
      const fallback = await draw(asSvg(markup.replace(/@font-face\{[^}]*\}/gu, '')), w, h);
      const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.filter((v, i) => v !== b[i]).length;
      return {
        vsWithFont: differing(file, withFont),
        vsFallback: differing(file, fallback),
        size: file.length,
      };
    },
    { markup: svg, saved: png },
  );
  expect(pixels.size).toBeGreaterThan(0);
  // The saved PNG is the SVG drawn with its fonts (allowing for the PNG round trip: at most 0.1 % of values)…
  expect(pixels.vsWithFont).toBeLessThanOrEqual(pixels.size / 1000);
  // …and not the system fallback's drawing.
  expect(pixels.vsFallback).toBeGreaterThan(pixels.size / 200);
});
