/**
 * The Agreement view's report: how many articles were compared (and which
 * were left out because only some chosen coders coded them), the number of
 * units and the units each coder alone tagged, the per-category table (with
 * an undefined value said in words, e.g. "no variation"), and the matrix of
 * confusions. The cells come from the functions `hamish agreement` uses.
 */

import { useTranslation } from 'react-i18next';
import { confusionRows } from '../../../shared/agreement/report-rows';
import { textDirection } from '../../../shared/agreement/report-html';
import { WORDS, type ReportLanguage } from '../../../shared/agreement/report-words';
import type { LibraryAgreement } from '../../../shared/schema/agreement-schema';
import type { Label } from '../../../shared/taxonomy';
import { agreementTable } from './agreement-table';

interface Props {
  result: LibraryAgreement;
  labels: ReadonlyMap<string, Label>;
  language: ReportLanguage;
}

/** A cell isolated in its own direction; a number ("−0.003") left to right, or RTL would put its minus sign after it. */
const Cell = ({ text }: { text: string }) => <bdi dir={textDirection(text) ?? 'ltr'}>{text}</bdi>;

/** A table of string cells: the first row is the header, the first cell of each row its heading. */
function CellTable({ rows, testId, caption }: { rows: string[][]; testId: string; caption: string }) {
  const [header = [], ...body] = rows;
  return (
    <table className="agreement-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header.map((cell, i) =>
            // The confusion matrix's corner names nothing: an empty header cell would be announced as one.
            cell === '' ? (
              <td key={i} />
            ) : (
              <th key={i} scope="col">
                <Cell text={cell} />
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  <Cell text={cell} />
                </th>
              ) : (
                <td key={i}>
                  <Cell text={cell} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AgreementResult({ result, labels, language }: Props) {
  const { t } = useTranslation();
  const [first] = result.reports;
  if (!first) return null;
  const compared = first.articles.length;
  const undefinedNoVariation = result.reports.some((r) =>
    [r.overall, ...r.rows].some((row) => !row.measure.defined && row.measure.reason === 'no-variation'),
  );
  return (
    <div className="agreement-result">
      <div data-testid="agreement-summary" className="agreement-summary">
        <p>
          {t('agreement.compared', { count: compared })}{' '}
          {t('agreement.units', { count: first.overall.units })}
        </p>
        <ul>
          {first.coders.map((coder, c) => (
            <li key={coder} data-coder={coder}>
              {t('agreement.alone', {
                coder,
                units: t('agreement.unitCount', { count: first.overall.alone[c] ?? 0 }),
              })}
            </li>
          ))}
        </ul>
        {result.leftOutCount > 0 && (
          <p className="muted" data-testid="agreement-left-out">
            {t('agreement.leftOut', { count: result.leftOutCount })}{' '}
            {result.leftOut
              .slice(0, 5)
              .map((a) => `«${a.title}» (${a.missingFrom.join(language === 'ar' ? '، ' : ', ')})`)
              .join(language === 'ar' ? '؛ ' : '; ')}
          </p>
        )}
      </div>
      {compared === 0 ? (
        <p className="muted">{t('agreement.nothingInCommon')}</p>
      ) : (
        <>
          <CellTable
            rows={agreementTable(result.reports, labels, language)}
            testId="agreement-table"
            caption={t('agreement.tableCaption')}
          />
          {undefinedNoVariation && <p className="agreement-note">{t('agreement.noVariation')}</p>}
          <CellTable
            rows={confusionRows(first, labels, language)}
            testId="agreement-confusion"
            caption={WORDS.confusion[language]}
          />
          <p className="muted">{WORDS[first.confusion.kind][language]}</p>
        </>
      )}
    </div>
  );
}
