/**
 * A labelled select that narrows a list by one field: its first option,
 * blank, means "any" (no filter); the others are the field's values, each
 * shown by its label in the user's language. Shared by the library, Analysis
 * and Agreement filter bars, which each wrote the same select.
 */

/** One value to filter by, and what the user reads for it. */
export interface FilterChoice<V extends string = string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  /** What the blank first option says ("Any", "All"). */
  any: string;
  /** The chosen value; "" for any. */
  value: '' | V;
  choices: readonly FilterChoice<V>[];
  onChange: (value: '' | V) => void;
  /** Names the select itself too (aria-label), as the library's bar does. */
  namesSelect?: boolean;
}

/** `<label>` holding `label` and a `<select>` of "any" then `choices`; `onChange` gets the picked value ("" for any). */
export function FilterSelect<V extends string>({
  label,
  any,
  value,
  choices,
  onChange,
  namesSelect = false,
}: Props<V>) {
  return (
    <label>
      {label}
      <select
        aria-label={namesSelect ? label : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value as '' | V)}
      >
        <option value="">{any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
