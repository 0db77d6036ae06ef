/**
 * The renderer pieces that need a real browser (layout, carets, React),
 * bundled by dom-page.ts for Playwright specs under tests/unit/renderer:
 * the article rendered by the app's own ArticleText with its TextMap, the
 * hit-test functions, the claim layer's anchors, the ErrorBoundary and the views' LoadingShell with the app's
 * translations.
 * Everything is exposed on `window.hamishDom`.
 */

import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { blockTexts, canonicalize } from '../../../../shared/canonical-text';
import type { ArticleMeta } from '../../../../shared/model';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { i18next, initI18n } from '../../../../renderer/src/i18n/i18n';
import { LibraryTable } from '../../../../renderer/src/library/LibraryTable';
import { ArticleHeader } from '../../../../renderer/src/reader/ArticleHeader';
import { ArticleText } from '../../../../renderer/src/reader/ArticleText';
import { anchorOf } from '../../../../renderer/src/claims/link-geometry';
import { annotationsAt, offsetAtPoint, pickHit } from '../../../../renderer/src/reader/hit-test';
import { TextMap } from '../../../../renderer/src/reader/text-map';
import { ErrorBoundary } from '../../../../renderer/src/ui/ErrorBoundary';
import { LoadingShell } from '../../../../renderer/src/ui/LoadingShell';
import type { HamishDom } from './dom-api';

let root: Root | null = null;
let map: TextMap | null = null;

/** Renders `node` into #root: into a new root when `fresh`, else over the current tree (React keeps its elements). */
function mount(node: React.ReactNode, fresh = true): void {
  if (fresh || !root) {
    root?.unmount();
    const host = document.getElementById('root');
    if (!host) throw new Error('no #root');
    root = createRoot(host);
  }
  const current = root;
  flushSync(() => current.render(node));
}

/** Starts the app's translations in `language`, or switches them to it. */
async function switchLanguage(language: 'ar' | 'en'): Promise<void> {
  if (!i18next.isInitialized) await initI18n(language);
  else await i18next.changeLanguage(language);
}

/** A rectangle as plain data (DOMRect does not cross to the test). */
const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });

const api: HamishDom = {
  /** Renders `raw` as the reader does (first `mounted` blocks) and builds its TextMap; returns the canonical text. */
  renderArticle(raw, mounted) {
    const { text, blocks } = canonicalize(raw);
    const texts = blockTexts(text, blocks);
    const rendered: { article: HTMLElement | null } = { article: null };
    const show = (count: number, fresh: boolean) =>
      mount(
        <ArticleText
          ref={(el) => {
            rendered.article = el;
          }}
          blocks={blocks}
          texts={texts}
          language="ar"
          dir="rtl"
          mounted={count}
        />,
        fresh,
      );
    show(mounted ?? blocks.length, true);
    if (!rendered.article) throw new Error('article not rendered');
    map = new TextMap(rendered.article, blocks, texts);
    api.mountAll = () => show(blocks.length, false);
    return { text, blocks: blocks.length };
  },
  /** Mounts every block of the last article (after a partial render), keeping its TextMap. */
  mountAll: () => undefined,
  /** rangeFor's result as text and its ends mapped back to offsets, or null. */
  range(start, end) {
    const range = map?.rangeFor(start, end);
    if (!range || !map) return null;
    return {
      text: range.toString(),
      start: map.pointToOffset(range.startContainer, range.startOffset),
      end: map.pointToOffset(range.endContainer, range.endOffset),
      rect: box(range.getBoundingClientRect()),
    };
  },
  /** pointToOffset for the point (block element `block`'s child `child` or the article itself, `offset`). */
  pointToOffset(target, block, offset) {
    if (!map) return null;
    const element = map.root.children[block];
    if (target === 'article') return map.pointToOffset(map.root, offset);
    if (target === 'outside') return map.pointToOffset(document.body, offset);
    if (!element?.firstChild) return null;
    return map.pointToOffset(target === 'text' ? element.firstChild : element, offset);
  },
  offsetAtPoint: (x, y) => (map ? offsetAtPoint(map, x, y) : null),
  hits: (annotations, offset) => annotationsAt(annotations, offset).map((a) => a.id),
  pick: (annotations, selectedId) => pickHit(annotations, selectedId)?.id ?? null,
  claimAnchor(start, end) {
    const range = map?.rangeFor(start, end);
    const first = map?.rangeFor(start, start + 1);
    const block = range?.startContainer.parentElement;
    if (!range || !first || !block) return null;
    const rtl = getComputedStyle(block).direction === 'rtl';
    const rects = [...range.getClientRects()];
    return {
      anchor: anchorOf(rects, rtl),
      first: box(first.getBoundingClientRect()),
      rects: rects.map(box),
      rtl,
    };
  },
  async articleViews(metas, language, trash = false) {
    await switchLanguage(language);
    api.calls = [];
    const none = () => undefined;
    const call = (kind: string) => (meta: ArticleMeta) => void api.calls.push(`${kind}:${meta.id}`);
    mount(
      <>
        <LibraryTable
          items={metas}
          taxonomy={DEFAULT_TAXONOMY}
          sort={{ key: 'addedAt', direction: 'desc' }}
          trash={trash}
          onSort={none}
          onOpen={none}
          onStatus={none}
          onEdit={call('edit')}
          onTrash={call('trash')}
          onRestore={call('restore')}
        />
        {metas.map((meta) => (
          <ArticleHeader key={meta.id} meta={meta} />
        ))}
      </>,
    );
  },
  /** Calls made by the boundary's buttons. */
  calls: [],
  /** Renders a child that throws `message` inside an ErrorBoundary of `area`, in `language`. */
  async boundary(area, message, language) {
    await switchLanguage(language);
    api.calls = [];
    const Broken = (): React.ReactNode => {
      throw new RangeError(message);
    };
    mount(
      <ErrorBoundary
        area={area}
        onLibrary={() => api.calls.push('library')}
        onBackups={() => api.calls.push('backups')}
      >
        <Broken />
      </ErrorBoundary>,
    );
  },
  /** Renders a LoadingShell over `shell` in `language`, its view a list of the value's words; re-renders in place. */
  async loadingShell({ waitingKey, ...shell }, language) {
    await switchLanguage(language);
    mount(
      <section data-testid="shell">
        <LoadingShell {...shell} waiting={i18next.t(waitingKey)}>
          {(words: string[]) => (
            <ul>
              {words.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </LoadingShell>
      </section>,
      false,
    );
  },
};

(window as unknown as { hamishDom: typeof api }).hamishDom = api;
