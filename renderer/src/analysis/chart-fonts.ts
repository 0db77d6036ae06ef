/**
 * The app's bundled chart font (IBM Plex Sans Arabic, regular: the page's
 * --ui-font, from @fontsource) as @font-face rules with the font files
 * inlined as data: URLs, for exported charts. An SVG drawn as an image
 * (the PNG export) cannot load the page's fonts, so without these its
 * Arabic labels fall back to a system font; with them they are shaped
 * with the same font as on screen. The faces are found in the page's own
 * stylesheets (each unicode-range subset) and fetched from the app ('self').
 */

/** The family the charts are drawn in. */
export const CHART_FONT = 'IBM Plex Sans Arabic';

let cached: Promise<string> | null = null;

/** Base64 of `bytes`. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The regular faces of CHART_FONT in the page's stylesheets. */
function chartFaces(): CSSFontFaceRule[] {
  return [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSFontFaceRule =>
        rule instanceof CSSFontFaceRule &&
        rule.style.getPropertyValue('font-family').replace(/["']/gu, '').trim() === CHART_FONT &&
        ['400', 'normal', ''].includes(rule.style.getPropertyValue('font-weight').trim()),
    );
}

/**
 * The @font-face rules of CHART_FONT with their woff2 files inlined (read
 * once, then kept). Rejects when a file cannot be read.
 */
export function embeddedChartFonts(): Promise<string> {
  cached ??= Promise.all(
    chartFaces().map(async (rule) => {
      const src = rule.style.getPropertyValue('src');
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/u.exec(src)?.[1];
      if (!url) return '';
      const response = await fetch(new URL(url, rule.parentStyleSheet?.href ?? location.href));
      if (!response.ok) throw new Error(`chart font ${url}: ${response.status}`);
      const data = base64(new Uint8Array(await response.arrayBuffer()));
      const range = rule.style.getPropertyValue('unicode-range');
      return (
        `@font-face{font-family:"${CHART_FONT}";font-style:normal;font-weight:400;` +
        `${range ? `unicode-range:${range};` : ''}src:url(data:font/woff2;base64,${data}) format("woff2")}`
      );
    }),
  ).then((rules) => rules.join(''));
  cached.catch(() => (cached = null));
  return cached;
}
