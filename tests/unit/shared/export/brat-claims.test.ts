/**
 * Claims in the brat export (issue 18): each claim of the sample article is
 * an E line whose trigger sits on its anchor (the demand of a claim, the
 * event of an event) and whose arguments are its members in their roles,
 * repeated roles numbered as brat does; stance is an A line, the note an
 * AnnotatorNotes line on the event; annotation.conf declares the frames in
 * [events] and [attributes]. The checker written from brat's rules
 * (brat-checker.ts, brat-event-checker.ts) finds no problem, flags an
 * incomplete claim as brat would, and catches a wrongly typed argument.
 */

import { describe, expect, it } from 'vitest';
import { buildBrat } from '../../../../shared/export/brat';
import { bratEventLines, bratRoleName } from '../../../../shared/export/brat-claims';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { checkBratAnn, checkBratConfig } from './brat-checker';
import {
  ARTICLE_ID,
  first,
  idOf,
  INCOMPLETE_CLAIM,
  SAMPLE_CLAIMS,
  sampleExport,
  type SpanKey,
} from './claims-sample';

/** The files of a brat export of the sample with `claims`, its checked config, and the .ann's lines. */
async function exported(claims = SAMPLE_CLAIMS) {
  const data = await sampleExport(claims);
  const files = buildBrat(data);
  const config = checkBratConfig(files.get('annotation.conf') ?? '', files.get('visual.conf') ?? '');
  const txt = files.get(`${ARTICLE_ID}.txt`) ?? '';
  const ann = files.get(`${ARTICLE_ID}.ann`) ?? '';
  const t = (key: SpanKey) => `T${first(data.articles).annotations.findIndex((a) => a.id === idOf(key)) + 1}`;
  return { files, config, txt, ann, lines: ann.split('\n').filter(Boolean), t };
}

describe('claims in the brat export', () => {
  it('writes each claim as an event that the brat checker accepts', async () => {
    const { config, txt, ann, lines } = await exported();
    expect(config.problems).toEqual([]);
    expect(checkBratAnn(txt, ann, config)).toEqual([]);
    expect(lines.filter((l) => l.startsWith('E'))).toHaveLength(SAMPLE_CLAIMS.length);
  });

  it('hangs a claim on its demand and an event on its event, every member an argument in its role', async () => {
    const { lines, t } = await exported();
    const byId = new Map(lines.map((l) => [l.split('\t')[0] ?? '', l]));
    const [e1, e2, e3, e4] = lines.filter((l) => l.startsWith('E'));
    const trigger = (e: string | undefined) => byId.get(/:(T\d+)/u.exec(e ?? '')?.[1] ?? '');
    expect(e1).toMatch(
      new RegExp(
        `^E1\\tFrame-claim:T\\d+ claimant:${t('hamas')} claimant2:${t('hayya')} demand:${t('prisoners')} addressee:${t('israel')}$`,
        'u',
      ),
    );
    expect(trigger(e1)).toMatch(/^T\d+\tFrame-claim \d+ \d+\tتبادل الأسرى$/u);
    expect(e2).toContain(`form:${t('meeting')}`);
    expect(trigger(e3)).toMatch(/\tوقف فوري لهذه الانتهاكات$/u);
    expect(e4).toMatch(
      new RegExp(
        `^E4\\tFrame-event:T\\d+ event:${t('strike')} agent:${t('israel')} target:${t('leaders')}$`,
        'u',
      ),
    );
    expect(trigger(e4)).toMatch(/^T\d+\tFrame-event \d+ \d+\tغارة جوية إسرائيلية$/u);
    expect(lines.filter((l) => l.startsWith('A'))).toEqual([
      'A1\tFrame-claim-Attr-stance E1 for',
      'A2\tFrame-claim-Attr-stance E3 against',
    ]);
    expect(lines.filter((l) => l.includes('AnnotatorNotes E'))).toEqual([
      '#1\tAnnotatorNotes E1\t=HYPERLINK("http://x","y")\\nالمطلب الأول للحركة',
    ]);
  });

  it('shares one trigger between claims anchored on the same span, as brat wants', async () => {
    const second = { ...first(SAMPLE_CLAIMS), id: 'c0000000-0000-4000-8000-0000000000aa', attributes: {} };
    const { config, txt, ann, lines } = await exported([first(SAMPLE_CLAIMS), second]);
    const triggers = lines.filter((l) => /^T\d+\tFrame-/u.test(l));
    expect(triggers).toHaveLength(1);
    expect(checkBratAnn(txt, ann, config)).toEqual([]);
  });

  it('flags an incomplete claim as brat does, hung on its first member', async () => {
    const { config, txt, ann, lines, t } = await exported([INCOMPLETE_CLAIM]);
    expect(lines.find((l) => l.startsWith('E1'))).toMatch(
      new RegExp(`^E1\\tFrame-claim:T\\d+ claimant:${t('witkoff')}$`, 'u'),
    );
    expect(checkBratAnn(txt, ann, config)).toEqual([
      'ann E1: Incomplete: at least 1 demand argument required for event',
    ]);
  });

  it('the checker refuses an argument of a type its role does not accept', async () => {
    const { config, txt, ann, t } = await exported();
    const bad = ann.replace(`addressee:${t('israel')}`, `addressee:${t('prisoners')}`);
    expect(checkBratAnn(txt, bad, config)).toEqual([
      'ann E1: Frame-claim argument addressee cannot be of type demand-prisoners',
    ]);
  });

  it('declares each frame in [events] with its roles, their cardinality and every accepted tag', () => {
    const actor = ['actor', 'actor-person', 'actor-organisation', 'actor-state', 'actor-armed-group'].join(
      '|',
    );
    const [claim] = bratEventLines(DEFAULT_TAXONOMY);
    expect(claim).toBe(
      `Frame-claim\tclaimant+:${actor}, demand+:demand|demand-prisoners|demand-settlements|demand-ceasefire|demand-aid|demand-accountability|demand-other, addressee*:${actor}, form?:event|event-meeting|event-attack|event-truce|event-statement|event-negotiation|event-other, object*:${actor}`,
    );
    expect(bratRoleName('party2')).toBe('party2_');
    expect(bratRoleName('party')).toBe('party');
  });
});
