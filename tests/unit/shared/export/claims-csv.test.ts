/**
 * The claims CSV (issue 18): one row per claim of the sample article, with
 * the columns the analyst's spreadsheet needs (article, claimant quote and
 * entity, demand type, subtype and quote, addressee, form, stance, note,
 * coder), repeatable roles joined with " | ", and the same safety as the
 * annotations CSV: BOM, CRLF, RFC 4180 quoting, no cell that starts a
 * formula, no control but TAB and LF.
 */

import { describe, expect, it } from 'vitest';
import { buildClaimsCsv, claimsCsvColumns, MEMBER_SEPARATOR } from '../../../../shared/export/claims-csv';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../../shared/taxonomy';
import { parseCsv } from '../../transfer-helpers';
import { ARTICLE_ID, idOf, INCOMPLETE_CLAIM, SAMPLE_CLAIMS, sampleExport } from './claims-sample';

/** The same formula and control tests the hostile CSV export test applies. */
const FORMULA = /(^|[,;\t\r\n"])[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** The rows of a claims CSV as objects keyed by column. */
function records(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv.slice(1));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

describe('claims CSV', () => {
  it('starts with a BOM, ends rows with CRLF, and has one row per claim with every column', async () => {
    const csv = buildClaimsCsv(await sampleExport());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const columns = claimsCsvColumns(DEFAULT_TAXONOMY);
    expect(rows[0]).toEqual(columns);
    expect(rows).toHaveLength(SAMPLE_CLAIMS.length + 1);
    for (const row of rows) expect(row).toHaveLength(columns.length);
    for (const cell of rows.flat()) {
      expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
      expect(CONTROL.test(cell), JSON.stringify(cell)).toBe(false);
    }
  });

  it("names each role's quotes, tag and entity, joins a repeatable role with ' | ', and gives stance, note and coder", async () => {
    const [hamas, witkoff, un, strike] = records(buildClaimsCsv(await sampleExport()));
    expect(hamas).toMatchObject({
      article_id: ARTICLE_ID,
      title: 'ويتكوف يستعد للقاء خليل الحية',
      source: 'وكالة الأنباء',
      date: '2025-11-20',
      frame: 'claim',
      claimant: `حركة حماس${MEMBER_SEPARATOR}خليل الحية`,
      claimant_type: 'actor | actor',
      claimant_subtype: 'organisation | person',
      claimant_entity: `حماس${MEMBER_SEPARATOR}`,
      demand: 'تبادل الأسرى',
      demand_type: 'demand',
      demand_subtype: 'prisoners',
      addressee: 'إسرائيل',
      addressee_subtype: 'state',
      form: '',
      stance: 'for',
      // The note starts with "=": neutralised; its line break kept.
      note: `'=HYPERLINK("http://x","y")\nالمطلب الأول للحركة`,
      coder: 'سلمى',
      complete: 'yes',
    });
    expect(hamas?.['members']).toBe(
      [
        `claimant:${idOf('hamas')}`,
        `claimant:${idOf('hayya')}`,
        `demand:${idOf('prisoners')}`,
        `addressee:${idOf('israel')}`,
      ].join(' | '),
    );
    expect(witkoff).toMatchObject({
      claimant: 'ستيف ويتكوف',
      demand: 'تثبيت وقف إطلاق النار',
      demand_subtype: 'ceasefire',
      form: 'اللقاء',
      form_subtype: 'meeting',
      stance: '',
      coder: '',
    });
    expect(un).toMatchObject({
      claimant: 'الأمم المتحدة',
      demand: 'وقف فوري لهذه الانتهاكات',
      stance: 'against',
    });
    expect(un?.['demand_subtype']).toBe('');
    expect(strike).toMatchObject({
      frame: 'event',
      event: 'غارة جوية إسرائيلية',
      event_subtype: 'attack',
      agent: 'إسرائيل',
      target: 'قياديي حماس',
      claimant: '',
    });
  });

  it('marks a claim whose required role is empty as not complete', async () => {
    const [row] = records(buildClaimsCsv(await sampleExport([INCOMPLETE_CLAIM])));
    expect(row).toMatchObject({ claimant: 'ستيف ويتكوف', demand: '', complete: 'no' });
  });

  it("takes the roles and attributes from the scheme's own frames", async () => {
    const scheme: Taxonomy = {
      ...DEFAULT_TAXONOMY,
      frames: [
        {
          id: 'threat',
          label: { ar: 'تهديد', en: 'Threat' },
          color: '#D55E00',
          key: 't',
          roles: [
            {
              id: 'source',
              label: { ar: 'المصدر', en: 'Source' },
              accepts: ['actor'],
              required: true,
              repeatable: false,
            },
          ],
          attributes: [
            {
              id: 'severity',
              label: { ar: 'الشدة', en: 'Severity' },
              options: [{ id: 'high', label: { ar: 'عالية', en: 'High' } }],
            },
          ],
        },
      ],
    };
    const threat = {
      ...INCOMPLETE_CLAIM,
      frame: 'threat',
      members: [{ role: 'source', annotationId: idOf('israel') }],
      attributes: { severity: 'high' },
    };
    const csv = buildClaimsCsv(await sampleExport([threat], scheme));
    expect(parseCsv(csv.slice(1))[0]).toEqual(claimsCsvColumns(scheme));
    expect(claimsCsvColumns(scheme)).not.toContain('claimant');
    expect(records(csv)[0]).toMatchObject({
      source: 'وكالة الأنباء',
      role_source: 'إسرائيل',
      severity: 'high',
      complete: 'yes',
    });
  });

  it('writes only the header when no article has claims', async () => {
    const rows = parseCsv(buildClaimsCsv(await sampleExport([])).slice(1));
    expect(rows).toEqual([claimsCsvColumns(DEFAULT_TAXONOMY)]);
  });
});
