/**
 * Valid values of each concept and the doors they enter by, for the tests
 * that every door accepts and refuses the same values: IPC (the argument
 * validators main runs), the library's files (what the start-up check
 * reads), and Hamish JSON import (the zod schema and the published JSON
 * Schema, through ajv). Each door takes a change to a valid value and says
 * whether the changed value gets in.
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { API_ARGS } from '../../../../shared/ipc-validation';
import { exportJsonSchema } from '../../../../shared/schema/export-json-schema';
import { hamishExportSchema } from '../../../../shared/schema/hamish-export-schema';
import {
  annotationsFileSchema,
  articleFileSchema,
  entitiesFileSchema,
  indexFileSchema,
  taxonomySchema,
} from '../../../../shared/schema/library-file-schemas';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';

export const ARTICLE_ID = '6d1248e9-50d3-4ede-9021-d1ddf7643d54';
const ANNOTATION_ID = 'f8eee0cd-ef6a-4890-b9bd-0ee82c84a1f1';
const ENTITY_ID = '5b0f7c8e-3a51-4c7e-9d2a-6f1e2b3c4d5e';
const AT = '2026-11-25T12:00:00.000Z';
export const TEXT = 'ويتكوف مستعد للقاء خليل الحية';

type Change = Record<string, unknown>;

/** `value` without the fields named. */
const omit = (value: Change, ...keys: string[]): Change =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

export const ANNOTATION = {
  id: ANNOTATION_ID,
  articleId: ARTICLE_ID,
  start: 0,
  end: 6,
  quote: 'ويتكوف',
  prefix: '',
  suffix: ' مستعد للقاء خليل الحية',
  tag: 'actor.person',
  createdAt: AT,
  updatedAt: AT,
};

export const META = {
  id: ARTICLE_ID,
  title: 'ويتكوف مستعد للقاء خليل الحية',
  source: 'عينة هامش',
  date: '2025-10-02',
  language: 'ar',
  addedAt: AT,
  textSha256: 'a'.repeat(64),
  length: [...TEXT].length,
  annotationCount: 1,
};

export const ENTITY = {
  id: ENTITY_ID,
  name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
  kind: 'person',
  aliases: ['ويتكوف'],
  createdAt: AT,
  updatedAt: AT,
};

/** A Hamish JSON file of one article with one annotation, with changes to each. */
export function exportFile(annotation: Change = {}, article: Change = {}, file: Change = {}): unknown {
  const exported = omit(ANNOTATION, 'articleId');
  return {
    format: 'hamish-annotations',
    version: 2,
    exportedAt: AT,
    generator: 'Hamish test',
    taxonomy: DEFAULT_TAXONOMY,
    entities: [ENTITY],
    articles: [
      {
        id: META.id,
        title: META.title,
        source: META.source,
        date: META.date,
        language: META.language,
        textSha256: META.textSha256,
        length: META.length,
        offsetUnit: 'codepoint',
        text: TEXT,
        blocks: [{ kind: 'paragraph', start: 0, end: META.length }],
        annotations: [{ ...exported, type: 'actor', subtype: 'person', ...annotation }],
        ...article,
      },
    ],
    ...file,
  };
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const jsonSchema = ajv.compile(exportJsonSchema());
const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown): boolean =>
  schema.safeParse(value).success;

/** A door: does the value changed by `change` get in? */
export type Door = (change: Change) => boolean;

/** Both export doors for a file built by `file(change)`: zod (what import runs) and the JSON Schema. */
const exportDoors = (file: (change: Change) => unknown): Record<string, Door> => ({
  'Hamish JSON (zod)': (c) => ok(hamishExportSchema, file(c)),
  'Hamish JSON (JSON Schema)': (c) => jsonSchema(file(c)),
});

/** The doors of each concept. */
export const DOORS: Record<string, Record<string, Door>> = {
  annotation: {
    'IPC restoreAnnotations': (c) => ok(API_ARGS.restoreAnnotations, [ARTICLE_ID, [{ ...ANNOTATION, ...c }]]),
    'annotations file': (c) =>
      ok(annotationsFileSchema, {
        version: 1,
        articleId: ARTICLE_ID,
        annotations: [{ ...ANNOTATION, ...c }],
      }),
    ...exportDoors((c) => exportFile(c)),
  },
  'article metadata': {
    'IPC addArticle': (c) =>
      ok(API_ARGS.addArticle, [
        {
          title: META.title,
          text: TEXT,
          source: META.source,
          date: META.date,
          language: META.language,
          ...c,
        },
      ]),
    'IPC updateArticleMeta': (c) =>
      ok(API_ARGS.updateArticleMeta, [
        ARTICLE_ID,
        { title: META.title, source: META.source, date: META.date, language: META.language, ...c },
      ]),
    'index file': (c) => ok(indexFileSchema, { version: 1, seeded: true, articles: [{ ...META, ...c }] }),
    ...exportDoors((c) => exportFile({}, c)),
  },
  'article text': {
    'IPC addArticle': (c) => ok(API_ARGS.addArticle, [{ title: META.title, text: c['text'] }]),
    'article file': (c) => ok(articleFileSchema, { version: 1, id: ARTICLE_ID, text: c['text'], blocks: [] }),
    ...exportDoors((c) => exportFile({}, { text: c['text'], blocks: [] })),
  },
  taxonomy: {
    'IPC saveTaxonomy': (c) => ok(API_ARGS.saveTaxonomy, [{ ...DEFAULT_TAXONOMY, ...c }, {}]),
    'taxonomy file': (c) => ok(taxonomySchema, { ...DEFAULT_TAXONOMY, ...c }),
    ...exportDoors((c) => exportFile({}, {}, { taxonomy: { ...DEFAULT_TAXONOMY, ...c } })),
  },
  entity: {
    'IPC saveEntity': (c) => ok(API_ARGS.saveEntity, [omit({ ...ENTITY, ...c }, 'createdAt', 'updatedAt')]),
    'entities file': (c) => ok(entitiesFileSchema, { version: 1, entities: [{ ...ENTITY, ...c }] }),
    ...exportDoors((c) => exportFile({}, {}, { entities: [{ ...ENTITY, ...c }] })),
  },
};
