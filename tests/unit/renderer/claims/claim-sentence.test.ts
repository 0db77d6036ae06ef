/**
 * Claims read as sentences in the interface language, built from the real
 * locales and the default scheme's frames: the sample article's main claim
 * in Arabic and English, the verb's gender following the claimant's subtype,
 * several members in one role, an empty required role marked, and a role
 * with no phrase of its own.
 */

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimMember } from '../../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../../shared/schema/taxonomy-schema';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { claimSentence, sentenceText, type MemberText } from '../../../../renderer/src/claims/claim-sentence';
import { I18N_OPTIONS } from '../../../../renderer/src/i18n/resources';

const frames = DEFAULT_TAXONOMY.frames ?? [];
const claim = frames.find((f) => f.id === 'claim') as FrameDefinition;
const event = frames.find((f) => f.id === 'event') as FrameDefinition;

const annotations: Record<string, MemberText> = {
  hamas: { quote: 'حماس', tag: 'actor.armed-group' },
  witkoff: { quote: 'ويتكوف', tag: 'actor.person' },
  exchange: { quote: 'تبادل الأسرى', tag: 'demand.prisoners' },
  israel: { quote: 'إسرائيل', tag: 'actor.state' },
  us: { quote: 'الولايات المتحدة', tag: 'actor.state' },
  meeting: { quote: 'لقاء', tag: 'event.meeting' },
};
const lookup = (id: string) => annotations[id];
const m = (role: string, annotationId: string): ClaimMember => ({ role, annotationId });

const t = (language: string) => i18next.getFixedT(language);

beforeAll(async () => {
  await i18next.init({ ...I18N_OPTIONS, lng: 'ar' });
});

describe('claimSentence', () => {
  const hamasDemands = [m('claimant', 'hamas'), m('demand', 'exchange'), m('addressee', 'israel')];

  it('reads the main claim in Arabic as the issue writes it', () => {
    const parts = claimSentence(claim, hamasDemands, lookup, t('ar'), 'ar');
    expect(sentenceText(parts, t('ar'))).toBe('حماس ← تطالب بـ تبادل الأسرى ← من إسرائيل');
    expect(parts.map((p) => p.role)).toEqual(['claimant', 'demand', 'addressee']);
    expect(parts.some((p) => p.missing)).toBe(false);
  });

  it('reads it in English with the arrow of left-to-right text', () => {
    const parts = claimSentence(claim, hamasDemands, lookup, t('en'), 'en');
    expect(sentenceText(parts, t('en'))).toBe('حماس → demands تبادل الأسرى → from إسرائيل');
  });

  it('uses the masculine verb when the claimant is a person', () => {
    const parts = claimSentence(
      claim,
      [m('claimant', 'witkoff'), m('demand', 'exchange')],
      lookup,
      t('ar'),
      'ar',
    );
    expect(sentenceText(parts, t('ar'))).toBe('ويتكوف ← يطالب بـ تبادل الأسرى');
  });

  it('joins several members of a role and keeps the frame order, not the order added', () => {
    const members = [
      m('addressee', 'us'),
      m('demand', 'exchange'),
      m('claimant', 'hamas'),
      m('addressee', 'israel'),
    ];
    const parts = claimSentence(claim, members, lookup, t('ar'), 'ar');
    expect(sentenceText(parts, t('ar'))).toBe('حماس ← تطالب بـ تبادل الأسرى ← من الولايات المتحدة وإسرائيل');
  });

  it('marks an empty required role with its name in the interface language', () => {
    const ar = claimSentence(claim, [m('claimant', 'hamas')], lookup, t('ar'), 'ar');
    expect(ar[1]).toEqual({ role: 'demand', text: '(«المطلب» ناقص)', missing: true });
    const en = claimSentence(claim, [m('claimant', 'hamas')], lookup, t('en'), 'en');
    expect(en[1]).toEqual({ role: 'demand', text: '(Demand missing)', missing: true });
  });

  it('reads an event frame', () => {
    const parts = claimSentence(event, [m('event', 'meeting'), m('agent', 'witkoff')], lookup, t('ar'), 'ar');
    expect(sentenceText(parts, t('ar'))).toBe('لقاء ← من جانب ويتكوف');
  });

  it('falls back to "role: quotes" for a frame the analyst added', () => {
    const own: FrameDefinition = {
      id: 'visit',
      label: { ar: 'زيارة', en: 'Visit' },
      color: '#000000',
      key: '',
      roles: [
        {
          id: 'host',
          label: { ar: 'المضيف', en: 'Host' },
          accepts: ['actor'],
          required: true,
          repeatable: false,
        },
      ],
    };
    expect(sentenceText(claimSentence(own, [m('host', 'israel')], lookup, t('en'), 'en'), t('en'))).toBe(
      'Host: إسرائيل',
    );
  });
});
