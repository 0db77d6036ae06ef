/**
 * Claims in the W3C export (issue 18): each claim of the sample article is a
 * linking Annotation in the same collection as the span annotations, whose
 * targets name those annotations by their ids with the role each fills
 * (hamish:role, its prefix declared in the claim's @context); the whole
 * collection validates against shared/schema/web-annotation.schema.json, and
 * the schema refuses a claim whose roles or prefix are missing.
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { scriptLanguage } from '../../../../shared/arabic-text';
import { buildW3cCollection, type W3cItem } from '../../../../shared/export/w3c';
import { CLAIM_CONTEXT, HAMISH_NAMESPACE } from '../../../../shared/export/w3c-claims';
import type { W3cClaimAnnotation } from '../../../../shared/export/w3c-types';
import w3cSchema from '../../../../shared/schema/web-annotation.schema.json';
import { first, idOf, INCOMPLETE_CLAIM, SAMPLE_CLAIMS, sampleExport } from './claims-sample';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(w3cSchema);

const COLLECTION_ID = '7d1c5a52-6c1e-4e43-9f0a-2d5e8c1b7a10';
const isClaim = (item: W3cItem): item is W3cClaimAnnotation => item.motivation === 'linking';

describe('claims in the W3C export', () => {
  it('writes each claim as a linking annotation whose targets are annotations of the same collection, valid against the schema', async () => {
    const data = await sampleExport();
    const collection = buildW3cCollection(data, COLLECTION_ID);
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    const claims = collection.first.items.filter(isClaim);
    expect(claims.map((c) => c.id)).toEqual(SAMPLE_CLAIMS.map((c) => `urn:uuid:${c.id}`));
    expect(collection.total).toBe(first(data.articles).annotations.length + SAMPLE_CLAIMS.length);
    const spanIds = new Set(collection.first.items.filter((i) => !isClaim(i)).map((i) => i.id));
    for (const claim of claims) {
      expect(claim['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { hamish: HAMISH_NAMESPACE }]);
      for (const target of claim.target) expect(spanIds.has(target.source), target.source).toBe(true);
    }
  });

  it('records the role of every target in frame order, and the frame, stance, note and coder as bodies', async () => {
    const claims = buildW3cCollection(await sampleExport(), COLLECTION_ID).first.items.filter(isClaim);
    const [hamas, , un, strike] = claims;
    expect(hamas?.target).toEqual([
      { type: 'SpecificResource', source: `urn:uuid:${idOf('hamas')}`, 'hamish:role': 'claimant' },
      { type: 'SpecificResource', source: `urn:uuid:${idOf('hayya')}`, 'hamish:role': 'claimant' },
      { type: 'SpecificResource', source: `urn:uuid:${idOf('prisoners')}`, 'hamish:role': 'demand' },
      { type: 'SpecificResource', source: `urn:uuid:${idOf('israel')}`, 'hamish:role': 'addressee' },
    ]);
    const note = SAMPLE_CLAIMS[0]?.note ?? '';
    const language = scriptLanguage(note);
    expect(hamas?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: 'مطالبة', format: 'text/plain', language: 'ar' },
      { type: 'TextualBody', purpose: 'describing', value: 'Claim', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'classifying', value: 'stance:for', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: note,
        format: 'text/plain',
        ...(language === undefined ? {} : { language }),
      },
    ]);
    expect(hamas?.creator).toEqual({ type: 'Person', name: 'سلمى' });
    expect(un?.body.find((b) => b.purpose === 'classifying')?.value).toBe('stance:against');
    expect(strike?.body[0]?.value).toBe('event');
    expect(strike?.target.map((t) => t['hamish:role'])).toEqual(['event', 'agent', 'target']);
  });

  it('leaves out a member whose annotation is not exported, and a claim with no member left', async () => {
    const claim = (n: number, keys: ('hamas' | 'witkoff')[]) => ({
      ...INCOMPLETE_CLAIM,
      id: `c0000000-0000-4000-8000-0000000000f${n}`,
      members: keys.map((key) => ({ role: 'claimant', annotationId: idOf(key) })),
    });
    const data = await sampleExport([claim(1, ['hamas', 'witkoff']), claim(2, ['hamas']), claim(3, [])]);
    // The "hamas" annotation is not in the export (as an orphaned one would not be).
    const article = first(data.articles);
    const annotations = article.annotations.filter((a) => a.id !== idOf('hamas'));
    const trimmed = { ...data, articles: [{ ...article, annotations }] };
    const collection = buildW3cCollection(trimmed, COLLECTION_ID);
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    const claims = collection.first.items.filter(isClaim);
    expect(claims.map((c) => c.id)).toEqual([`urn:uuid:${claim(1, []).id}`]);
    expect(claims[0]?.target.map((t) => t.source)).toEqual([`urn:uuid:${idOf('witkoff')}`]);
  });

  it('the schema refuses a claim without roles on its targets or without the hamish: prefix', async () => {
    const collection = buildW3cCollection(await sampleExport(), COLLECTION_ID);
    const claim = first(collection.first.items.filter(isClaim));
    const noRole = { ...claim, target: claim.target.map(({ type, source }) => ({ type, source })) };
    const noPrefix = { ...claim, '@context': CLAIM_CONTEXT[0] };
    for (const bad of [noRole, noPrefix]) {
      expect(validate({ ...collection, first: { ...collection.first, items: [bad] } })).toBe(false);
    }
  });
});
