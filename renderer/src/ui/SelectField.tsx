/**
 * A labelled select over a closed list of values (an entity's kind, an
 * article's reading status), each shown by its label in the user's language.
 */

interface Props<V extends string> {
  label: string;
  value: V;
  /** The values to choose from, in the order shown. */
  values: readonly V[];
  /** What the user reads for a value. */
  labelOf: (value: V) => string;
  onChange: (value: V) => void;
}

/** `<label>` holding `label` and a `<select>` of `values`; `onChange` gets the picked value. */
export function SelectField<V extends string>({ label, value, values, labelOf, onChange }: Props<V>) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
