/**
 * dispatch is the one place a Result is built: every contract method's
 * handler returns a plain value (or throws), and dispatch wraps it, for all
 * methods alike; the real handlers (createAppApi) return plain values, never
 * a Result of their own, so nothing reaches the renderer wrapped twice.
 */

import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services/api-dispatch';
import { createAppApi } from '../../../../electron/services/app-api';
import { Library } from '../../../../electron/services/library/library';
import { createServices } from '../../../../electron/services/services';
import {
  API_METHODS,
  type ApiHandlers,
  type ApiMethod,
  type HamishApi,
} from '../../../../shared/ipc-contract';
import { DEFAULT_QUERY } from '../../../../shared/library-query';
import { AppFailure, fail, ok } from '../../../../shared/result';
import type { AgreementRequest } from '../../../../shared/schema/agreement-schema';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { SAMPLE_PATH, useTempDirs } from '../../helpers';

const tempDir = useTempDirs();

const ID = '3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';
const AT = '2026-03-01T12:00:00.000Z';

const AGREEMENT_REQUEST: AgreementRequest = {
  articles: {},
  coders: ['سارة', 'Omar'],
  measure: 'all',
  by: 'tag',
  unit: 'exact',
  untagged: 'none',
};

/** One valid argument list per method; the mapped type fails to compile when a method is missing. */
const VALID_ARGS: { [M in ApiMethod]: Parameters<HamishApi[M]> } = {
  listArticles: [],
  getArticle: [ID],
  addArticle: [{ title: 'عنوان', text: 'نص المقال.' }],
  listAnnotations: [ID],
  takeAnchorMoves: [ID],
  createAnnotation: [{ articleId: ID, start: 0, end: 3, tag: 'actor' }],
  updateAnnotation: [ID, ID, { tag: 'event' }],
  deleteAnnotation: [ID, ID, 'detach'],
  listClaims: [ID],
  listCoders: [],
  listAdjudications: [],
  openAdjudication: [{ coderA: 'سلمى', coderB: 'Omar', gold: 'gold', articleIds: [ID] }],
  decideAdjudication: [
    { coderA: 'سلمى', coderB: 'Omar', gold: 'gold', key: `${ID}|0-3-actor|_`, decision: { choice: 'mine' } },
  ],
  setAgreedCopy: [{ coderA: 'سلمى', coderB: 'Omar', gold: 'gold', copy: false }],
  createClaim: [{ articleId: ID, frame: 'claim', members: [{ role: 'claimant', annotationId: ID }] }],
  updateClaim: [ID, ID, { note: 'ملاحظة', attributes: { stance: 'for' } }],
  deleteClaims: [ID, [ID]],
  restoreClaims: [
    ID,
    [
      {
        id: ID,
        articleId: ID,
        frame: 'event',
        members: [{ role: 'event', annotationId: ID }],
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  ],
  getTaxonomy: [],
  getCoder: [],
  setCoder: ['ليلى حداد'],
  createAnnotations: [ID, [{ articleId: ID, start: 0, end: 3, tag: 'actor' }]],
  restoreAnnotations: [
    ID,
    [
      {
        id: ID,
        articleId: ID,
        start: 0,
        end: 3,
        quote: 'نص',
        prefix: '',
        suffix: ' المقال',
        tag: 'actor',
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  ],
  deleteAnnotations: [ID, [ID]],
  saveTaxonomy: [DEFAULT_TAXONOMY, {}],
  undoSchemeSave: ['0123456789abcd'],
  countTagUses: [],
  previewTwinMerges: [{ 'actor.person': 'actor' }],
  listEntities: [],
  saveEntity: [{ name: { ar: 'ويتكوف', en: 'Witkoff' }, kind: 'person', aliases: [] }],
  deleteEntity: [ID],
  openTextFile: [],
  exportAnnotations: [ID],
  exportLibrary: [{ format: 'csv' }],
  importAnnotations: ['keep-both'],
  previewQdpx: [],
  importQdpx: ['/tmp/project.qdpx', [{ guid: 'b1', choice: { tag: 'actor' } }], 'keep-both'],
  chooseForeignFile: [],
  previewForeign: ['/tmp/news.ann', 'brat'],
  importForeign: ['/tmp/news.ann', 'brat', [{ label: 'PER', tag: 'actor' }], 'keep-both'],
  getPreferences: [],
  setLanguage: ['en'],
  queryArticles: [DEFAULT_QUERY],
  updateArticleMeta: [ID, { status: 'done' }],
  trashArticle: [ID],
  restoreArticle: [ID],
  emptyTrash: [],
  importFiles: [],
  importFolder: [],
  importPaths: [['/tmp/a.txt']],
  listedArticleIds: [[ID]],
  cancelImport: [],
  resolveDuplicate: [ID, 'replace'],
  search: ['غزة', 5],
  findLibraryMentions: [{ phrases: ['ويتكوف'], tag: 'actor.person' }],
  tagLibraryMentions: [{ tag: 'actor.person', mentions: [{ articleId: ID, start: 0, end: 3 }] }],
  listEntityMentions: [ID],
  getAnalysis: [{ view: 'frequencies', filter: {}, by: 'tag' }],
  listAnalysisMentions: [
    { filter: {}, cell: { kind: 'frequency', by: 'tag', key: 'actor' }, offset: 0, limit: 10 },
  ],
  saveChartFile: [{ kind: 'csv', name: 'frequencies', content: 'key,count' }],
  listAgreementCoders: [{ sources: ['الجزيرة'] }],
  getAgreement: [AGREEMENT_REQUEST],
  saveAgreementReport: [AGREEMENT_REQUEST, 'html', 'ar'],
  getStartupReport: [],
  adoptArticle: [ID],
  listBackups: [],
  restoreBackup: ['2026-03-01'],
};

/** Handlers whose every method returns `reply(method, args)` as a plain value, recording the calls. */
function recordingHandlers(reply: (method: string, args: unknown[]) => unknown) {
  const calls: { method: string; args: unknown[] }[] = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args });
        return reply(method, args);
      },
    ]),
  ) as unknown as ApiHandlers;
  return { handlers, calls };
}

describe('dispatch builds every Result', () => {
  it.each(API_METHODS)('%s: the plain value comes back as ok(value), synchronous or not', async (method) => {
    const args = VALID_ARGS[method] as unknown[];
    const sync = recordingHandlers((m) => ({ from: m }));
    expect(await dispatch(sync.handlers, method, args)).toEqual(ok({ from: method }));
    expect(sync.calls).toEqual([{ method, args }]);
    const later = recordingHandlers((m) => Promise.resolve([m]));
    expect(await dispatch(later.handlers, method, args)).toEqual(ok([method]));
  });

  it.each(API_METHODS)(
    '%s: a thrown or rejected AppFailure keeps its code, anything else is internal',
    async (method) => {
      const args = VALID_ARGS[method] as unknown[];
      const thrown = recordingHandlers(() => {
        throw new AppFailure('not-found', 'No such thing', { id: ID });
      });
      expect(await dispatch(thrown.handlers, method, args)).toEqual(
        fail('not-found', 'No such thing', { id: ID }),
      );
      const rejected = recordingHandlers(() => Promise.reject(new AppFailure('busy', 'Busy')));
      expect(await dispatch(rejected.handlers, method, args)).toEqual(fail('busy', 'Busy'));
      const broken = recordingHandlers(() => Promise.reject(new RangeError('out of bounds')));
      expect(await dispatch(broken.handlers, method, args)).toEqual(fail('internal', 'out of bounds'));
    },
  );

  it('refuses a method dropped from the contract (deleteArticle: the page trashes, then empties the trash)', async () => {
    const { handlers, calls } = recordingHandlers(() => 'ran');
    const withDropped = { ...handlers, deleteArticle: () => 'ran' } as unknown as ApiHandlers;
    expect(await dispatch(withDropped, 'deleteArticle', [ID])).toEqual(
      fail('invalid-argument', 'Unknown method "deleteArticle"', { field: 'method' }),
    );
    expect(calls).toEqual([]);
  });

  it('refuses invalid arguments before any handler runs', async () => {
    const { handlers, calls } = recordingHandlers(() => 'ran');
    for (const method of API_METHODS) {
      const result = await dispatch(handlers, method, [
        ...(VALID_ARGS[method] as unknown[]),
        { extra: true },
      ]);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(calls).toEqual([]);
  });
});

describe('the real handlers return plain values', () => {
  it('each read-only method of createAppApi answers with its value, never a Result of its own', async () => {
    const library = await Library.open(await tempDir(), { samplePath: SAMPLE_PATH });
    await library.checkDone; // the start-up report must not change between the two calls
    const handlers = createAppApi({
      services: createServices(library, { generator: 'test' }),
      dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
      preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
    });
    const readOnly: ApiMethod[] = [
      'listArticles',
      'getTaxonomy',
      'countTagUses',
      'previewTwinMerges',
      'listEntities',
      'getPreferences',
      'queryArticles',
      'search',
      'findLibraryMentions',
      'getStartupReport',
      'listBackups',
      'openTextFile',
    ];
    for (const method of readOnly) {
      const direct: unknown = await (handlers[method] as (...a: unknown[]) => unknown)(
        ...(VALID_ARGS[method] as unknown[]),
      );
      expect(direct === null || typeof direct !== 'object' || !('ok' in direct), method).toBe(true);
      expect(await dispatch(handlers, method, VALID_ARGS[method])).toEqual(ok(direct));
    }
    await library.close();
  });
});
