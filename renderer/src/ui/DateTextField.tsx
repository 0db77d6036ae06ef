/**
 * A date typed as text, with the reason it does not read shown under it and
 * tied to the field (aria-describedby): the markup the article dialogs'
 * DateField and the filter bars' DateInput share. Reading the text is the
 * caller's (shared/date-input.ts).
 */

import { useId, type InputHTMLAttributes } from 'react';

interface Props {
  label: string;
  text: string;
  /** The sentence saying why the text is not a date, or null when it reads (or was not checked yet). */
  problemText: string | null;
  placeholder: string;
  onChange: (text: string) => void;
  /** The input's form name (the dialogs' "date"). */
  name?: string;
  /** Classes of the label and of the problem line. */
  className?: string;
  problemClassName?: string;
  /** More of the input's handlers and its accessible name (the filters settle the text on blur and Enter). */
  inputProps?: Pick<InputHTMLAttributes<HTMLInputElement>, 'onBlur' | 'onKeyDown' | 'aria-label'>;
}

export function DateTextField(props: Props) {
  const { label, text, problemText, placeholder, onChange, name, className, problemClassName } = props;
  const messageId = useId();
  return (
    <label className={className}>
      {label}
      <input
        {...props.inputProps}
        name={name}
        dir="auto"
        inputMode="numeric"
        placeholder={placeholder}
        value={text}
        aria-invalid={problemText ? true : undefined}
        aria-describedby={problemText ? messageId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problemText && (
        <span id={messageId} className={`form-error ${problemClassName ?? ''}`.trim()} role="alert">
          {problemText}
        </span>
      )}
    </label>
  );
}
