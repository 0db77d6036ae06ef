/**
 * Claim refusals a reader can act on: an attribute value the frame does not
 * offer is refused on create and on update ('invalid-claim-attribute') with
 * nothing written, and the sentences of 'invalid-claim',
 * 'claim-incomplete' and 'invalid-claim-attribute' name the role, the
 * attribute and the frame by their labels in the reader's language, never
 * by their ids.
 */

import { describe, expect, it } from 'vitest';
import { appTranslate } from '../../../../../electron/cli/app-sentences';
import { errorSentence } from '../../../../../shared/import-report-lines';
import { AppFailure } from '../../../../../shared/result';
import { openTagged } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** The AppFailure `promise` rejects with. */
async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppFailure)) throw new Error(`expected an AppFailure, got ${String(error)}`);
  return error;
}

/** The sentence of `failure` in `language`, as the app and the CLI word it. */
const sentence = (failure: AppFailure, language: 'ar' | 'en') =>
  errorSentence(appTranslate(language), failure.params ? { ...failure, params: failure.params } : failure);

describe('claim refusals', () => {
  it('refuses an attribute value its frame does not offer, on create and on update, writing nothing', async () => {
    const { library, articleId, hamas, exchange, meeting, lines } = await openTagged(await tempDir());
    const members = [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'demand', annotationId: exchange.id },
    ];
    const before = await lines();
    const unknownOption = await failureOf(
      library.createClaim({ articleId, frame: 'claim', members, attributes: { stance: 'maybe' } }),
    );
    expect(unknownOption.code).toBe('invalid-claim-attribute');
    expect(sentence(unknownOption, 'ar')).toBe(
      'تعذّر حفظ المطالبة: «maybe» ليست قيمةً لـ«الموقف» في الإطار «مطالبة» من هذا المخطط.',
    );
    expect(sentence(unknownOption, 'en')).toBe(
      'The claim cannot be saved: “maybe” is not a value of “Stance” in the frame “Claim” of this scheme.',
    );
    const unknownAttribute = await failureOf(
      library.createClaim({ articleId, frame: 'claim', members, attributes: { mood: 'for' } }),
    );
    expect(unknownAttribute.code).toBe('invalid-claim-attribute');
    expect(sentence(unknownAttribute, 'en')).toContain('“mood”');
    expect(await library.listClaims(articleId)).toEqual([]);
    expect(await lines()).toEqual(before);

    const claim = await library.createClaim({
      articleId,
      frame: 'claim',
      members,
      attributes: { stance: 'for' },
    });
    const written = await lines();
    const update = await failureOf(
      library.updateClaim(articleId, claim.id, { attributes: { stance: 'yes' } }),
    );
    expect(update.code).toBe('invalid-claim-attribute');
    // The event frame has no stance: moving the claim there with its stance is refused too.
    const frameChange = library.updateClaim(articleId, claim.id, {
      frame: 'event',
      members: [{ role: 'event', annotationId: meeting.id }],
    });
    expect((await failureOf(frameChange)).code).toBe('invalid-claim-attribute');
    expect(await library.listClaims(articleId)).toEqual([claim]);
    expect(await lines()).toEqual(written);
  });

  it('names the role by its label in the reader language, not by its id', async () => {
    const { library, articleId, hamas, exchange } = await openTagged(await tempDir());
    const wrongType = await failureOf(
      library.createClaim({
        articleId,
        frame: 'claim',
        members: [
          { role: 'claimant', annotationId: exchange.id },
          { role: 'demand', annotationId: exchange.id },
        ],
      }),
    );
    expect(wrongType.code).toBe('invalid-claim');
    expect(sentence(wrongType, 'ar')).toBe(
      'تعذّر حفظ المطالبة: أحد التوسيمات غير موجود أو لا يناسب الدور «المطالِب».',
    );
    expect(sentence(wrongType, 'en')).toBe(
      'The claim cannot be saved: an annotation is missing or does not fit its role “Claimant”.',
    );
    const incomplete = await failureOf(
      library.createClaim({
        articleId,
        frame: 'claim',
        members: [{ role: 'claimant', annotationId: hamas.id }],
      }),
    );
    expect(incomplete.code).toBe('claim-incomplete');
    expect(sentence(incomplete, 'ar')).toBe('المطالبة ناقصة: يجب ملء الدور «المطلب».');
    expect(sentence(incomplete, 'en')).toBe('The claim is incomplete: the role “Demand” must be filled.');
  });
});
