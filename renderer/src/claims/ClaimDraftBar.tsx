/**
 * The bar under the text while a claim is being built: its frame, each role
 * with its members (each removable) or "—" when empty, required roles
 * marked, a list per role of the article's annotations that fit it (to build
 * a claim without the text), the role picker when the annotation just added
 * fits several roles (its number keys pick), the keys, Save and Cancel.
 */

import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import { labelIn } from '../labels';
import { rolesToOffer } from './claim-roles';
import type { DraftControls } from './use-claim-draft';
import type { ClaimDraft } from './claim-draft';

interface Props {
  draft: ClaimDraft;
  controls: DraftControls;
  annotations: readonly Annotation[];
}

/** The draft bar of `draft`, driving it through `controls`; `annotations` give quotes and the per-role lists. */
export function ClaimDraftBar({ draft, controls, annotations }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const quote = (id: string) => byId.get(id)?.quote ?? '';
  const usable = annotations.filter((a) => !a.orphaned);
  const choosing = draft.choosing;
  return (
    <section
      className="claim-draft"
      data-testid="claim-draft"
      aria-label={t('claims.draft.title', { frame: labelIn(draft.frame.label, lang) })}
      style={{ borderBlockStartColor: draft.frame.color }}
    >
      <header>
        <strong>{t('claims.draft.title', { frame: labelIn(draft.frame.label, lang) })}</strong>
        <span className="claim-draft-hint">{t('claims.draft.hint')}</span>
      </header>
      <ul className="claim-draft-roles">
        {draft.frame.roles.map((role) => {
          const label = labelIn(role.label, lang);
          const members = draft.members.map((m, i) => ({ ...m, i })).filter((m) => m.role === role.id);
          const fits = usable.filter((a) =>
            rolesToOffer(draft.frame, a.tag, a.id, draft.members).includes(role),
          );
          return (
            <li key={role.id} data-role={role.id} data-filled={members.length > 0}>
              <span className="claim-role-name">
                {label}
                {role.required && <abbr title={t('claims.draft.required')}>*</abbr>}
              </span>
              {members.length === 0 && <span className="claim-role-empty">{t('claims.draft.empty')}</span>}
              {members.map((m) => (
                <span key={m.annotationId} className="claim-member">
                  <bdi>{quote(m.annotationId)}</bdi>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('claims.draft.remove', { quote: quote(m.annotationId), role: label })}
                    onClick={() => controls.drop(m.i)}
                  >
                    ×
                  </button>
                </span>
              ))}
              {fits.length > 0 && (
                <select
                  value=""
                  aria-label={t('claims.draft.addTo', { role: label })}
                  onChange={(e) => e.target.value && controls.put(e.target.value, role.id)}
                >
                  <option value="">+</option>
                  {fits.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.quote}
                    </option>
                  ))}
                </select>
              )}
            </li>
          );
        })}
      </ul>
      {choosing && (
        <div
          className="claim-role-picker"
          role="group"
          data-testid="claim-role-picker"
          aria-label={t('claims.draft.pick', { quote: quote(choosing.annotationId) })}
        >
          <span>{t('claims.draft.pick', { quote: quote(choosing.annotationId) })}</span>
          {choosing.roles.map((id, i) => {
            const role = draft.frame.roles.find((r) => r.id === id);
            return (
              <button key={id} type="button" onClick={() => controls.pick(i)}>
                <kbd>{i + 1}</kbd> {role ? labelIn(role.label, lang) : id}
              </button>
            );
          })}
        </div>
      )}
      <div className="claim-draft-actions">
        <button type="button" className="primary" onClick={() => void controls.save()}>
          {t('claims.draft.save')}
        </button>
        <button type="button" onClick={controls.cancel}>
          {t('claims.draft.cancel')}
        </button>
      </div>
    </section>
  );
}
