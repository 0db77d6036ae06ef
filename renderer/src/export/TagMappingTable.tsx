/**
 * The mapping table of an annotation import: one row per name the file uses
 * (a REFI-QDA code, another annotator's label) with how often it is used and
 * a select of what it becomes — the fixed choices the caller gives ("a new
 * tag", "skip"…) then every tag of the library's scheme. Shared by
 * RefiMapping and ForeignMapping; values are strings, tags as "tag:<id>".
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTags, type TagDefinition } from '../../../shared/taxonomy';
import { api } from '../api';
import { labelIn } from '../labels';

/** One name of the file and its current choice (a fixed value or tagValue(id)). */
export interface MappingRow {
  key: string;
  name: string;
  uses: number;
  value: string;
}

interface Props {
  rows: readonly MappingRow[];
  /** Choices listed before the scheme's tags. */
  fixed: readonly { value: string; label: string }[];
  /** Headings of the name, uses and choice columns. */
  columns: readonly [string, string, string];
  busy: boolean;
  onChange: (key: string, value: string) => void;
}

/** The select value of the tag `id`. */
export const tagValue = (id: string): string => `tag:${id}`;

/** The tag id of a select value, or undefined for a fixed choice. */
export const tagOfValue = (value: string): string | undefined =>
  value.startsWith('tag:') ? value.slice('tag:'.length) : undefined;

export function TagMappingTable({ rows, fixed, columns, busy, onChange }: Props) {
  const { i18n } = useTranslation();
  const [tags, setTags] = useState<TagDefinition[]>([]);
  useEffect(() => {
    void api.getTaxonomy().then((result) => {
      if (result.ok) setTags(listTags(result.value));
    });
  }, []);
  const tagLabel = (tag: TagDefinition) =>
    tag.id.includes('.')
      ? `${labelIn(tag.typeLabel, i18n.language)} › ${labelIn(tag.label, i18n.language)}`
      : labelIn(tag.label, i18n.language);

  return (
    <div className="tag-mapping">
      <table>
        <thead>
          <tr>
            {columns.map((heading) => (
              <th key={heading}>{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <bdi>{row.name}</bdi>
              </td>
              <td>{row.uses}</td>
              <td>
                <select
                  aria-label={row.name}
                  value={row.value}
                  disabled={busy}
                  onChange={(e) => onChange(row.key, e.target.value)}
                >
                  {fixed.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                  {tags.map((tag) => (
                    <option key={tag.id} value={tagValue(tag.id)}>
                      {tagLabel(tag)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
