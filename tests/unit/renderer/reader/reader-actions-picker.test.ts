/**
 * The E key between main's answer and the render (entity-picker e2e flake):
 * once a tag-menu create is answered, `creating` is back to 0 while the
 * reader has not yet rendered the saved annotation as `selected`; E pressed
 * in that window must still ask for the picker (it opens when the editor
 * shows), and E with nothing selected and nothing being saved must not.
 * The reader's state is a plain object here, as `get` reads it between renders.
 */

import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { CodePointIndex } from '../../../../shared/code-points';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';

/** The part of renderer/src/reader/reader-actions.ts used here. */
interface Actions {
  createFromPending(pending: object, tag: string): Promise<void>;
  choose(id: string | null): void;
  keys(rtl: boolean): { entitySelected(): void };
}
let createReaderActions: (get: () => object) => Actions;

beforeAll(async () => {
  // The module reads the preload's bridge when loaded; the actions tested here never call it.
  vi.stubGlobal('window', { api: {}, getSelection: () => null });
  // Loaded by a path the type checker does not follow: the renderer's DOM types are not in the node project.
  const path = '../../../../renderer/src/reader/reader-actions';
  ({ createReaderActions } = (await import(path)) as { createReaderActions: typeof createReaderActions });
});

const TEXT = 'قال ستيف ويتكوف إن الاتفاق قريب.';

function reader(saved: Annotation) {
  let answer: (value: Annotation[]) => void = () => undefined;
  const openPicker = vi.fn();
  const deps = {
    index: new CodePointIndex(TEXT),
    taxonomy: DEFAULT_TAXONOMY,
    annotations: [],
    knownWords: () => false,
    selected: null,
    pending: null,
    setPending: vi.fn(),
    setSelectedId: vi.fn(),
    openPicker,
    actions: { create: () => new Promise<Annotation[]>((resolve) => (answer = resolve)) },
  };
  // A render gives `get` a new state object (as useLatest does); `rerender` stands for one.
  let state: object = deps;
  const actions = createReaderActions(() => state);
  const rerender = (change: object) => (state = { ...deps, ...change });
  return { actions, openPicker, deps, rerender, answer: (list = [saved]) => answer(list) };
}

const saved: Annotation = {
  id: '00000000-0000-4000-8000-000000000001',
  articleId: '00000000-0000-4000-8000-000000000000',
  start: 4,
  end: 15,
  quote: 'ستيف ويتكوف',
  prefix: 'قال ',
  suffix: ' إن',
  tag: 'actor.person',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('E around a tag-menu create', () => {
  it('asks for the picker after main answered and before the reader rendered the selection', async () => {
    const { actions, openPicker, deps, answer } = reader(saved);
    const keys = actions.keys(true);
    const made = actions.createFromPending({ start: 4, end: 15, rect: {}, exact: true }, 'actor.person');
    answer();
    await made;
    // Main answered; `selected` is still null: the render has not happened yet.
    expect(deps.setSelectedId).toHaveBeenCalledWith(saved.id);
    keys.entitySelected();
    expect(openPicker).toHaveBeenCalledTimes(1);
    expect(openPicker).toHaveBeenCalledWith(saved.id);
  });

  it('asks for nothing when nothing is selected or being saved, or the user chose otherwise', async () => {
    const { actions, openPicker, answer } = reader(saved);
    const keys = actions.keys(true);
    keys.entitySelected();
    expect(openPicker).not.toHaveBeenCalled();
    const made = actions.createFromPending({ start: 4, end: 15, rect: {}, exact: true }, 'actor.person');
    answer();
    await made;
    actions.choose(null);
    keys.entitySelected();
    expect(openPicker).not.toHaveBeenCalled();
  });

  it('asks for the annotation being saved when E comes first, and for no other once the user chose again', async () => {
    const first = reader(saved);
    const made = first.actions.createFromPending(
      { start: 4, end: 15, rect: {}, exact: true },
      'actor.person',
    );
    first.actions.keys(true).entitySelected();
    expect(first.openPicker).not.toHaveBeenCalled();
    first.answer();
    await made;
    expect(first.openPicker).toHaveBeenCalledWith(saved.id);

    // E while saving, then Esc: the save ends with nothing selected and no picker asked for.
    const second = reader(saved);
    const again = second.actions.createFromPending(
      { start: 4, end: 15, rect: {}, exact: true },
      'actor.person',
    );
    second.actions.keys(true).entitySelected();
    second.actions.choose(null);
    second.answer();
    await again;
    expect(second.deps.setSelectedId).not.toHaveBeenCalledWith(saved.id);
    expect(second.openPicker).not.toHaveBeenCalled();
  });

  it('asks for nothing once a render shows the saved annotation gone (undone before E)', async () => {
    const { actions, openPicker, rerender, answer } = reader(saved);
    const made = actions.createFromPending({ start: 4, end: 15, rect: {}, exact: true }, 'actor.person');
    answer();
    await made;
    // Rendered selected, then undone: the reader renders again with nothing selected.
    rerender({ annotations: [saved], selected: saved });
    rerender({ annotations: [], selected: null });
    actions.keys(true).entitySelected();
    expect(openPicker).not.toHaveBeenCalled();
  });
});
