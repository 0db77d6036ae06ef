/**
 * Text made safe for the next tool that opens an export: control
 * characters that no reader expects are dropped (or, where offsets count
 * the text, replaced one for one), and spreadsheet cells that would start a
 * formula are neutralised with a leading apostrophe, as OWASP recommends
 * (https://owasp.org/www-community/attacks/CSV_Injection). See
 * docs/formats.md, "What exports leave out".
 */

/** C0 controls except TAB and LF, DEL and the C1 controls: never meaningful in an export. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** The replacement for a control where offsets must keep counting: U+FFFD, one code point for one. */
export const CONTROL_STAND_IN = '\uFFFD';

/** `text` without C0/C1 controls other than TAB and LF (NUL, ESC, CR, DEL, U+0085…). */
export function dropControls(text: string): string {
  return text.replace(UNSAFE_CONTROL, '');
}

/**
 * `text` with every C0/C1 control other than TAB and LF replaced by U+FFFD:
 * the same length in code points (and UTF-16 units), so offsets into it
 * still slice the same characters.
 */
export function maskControls(text: string): string {
  return text.replace(UNSAFE_CONTROL, CONTROL_STAND_IN);
}

/*
 * Formula triggers: = + - @ TAB CR (OWASP's list) and the full-width ＝ ＋ － ＠,
 * which some East Asian spreadsheet locales also accept. Spaces before one
 * do not protect it: a spreadsheet may trim them.
 */
/** A trigger starting the cell. */
const AT_START = /^(?=[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/u;
/**
 * A trigger starting a piece a reader could split off as a cell: after a
 * field separator (`,` `;` TAB), a line break or a double quote (OWASP:
 * "take care of the field separator … and quotes").
 */
const AFTER_SEPARATOR = /([,;\t\r\n"])(?=[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/gu;

/**
 * A spreadsheet cell's text that no spreadsheet runs as a formula: a single
 * apostrophe starts the cell, and the piece after each separator, when it
 * (after any spaces) starts with a formula trigger. "=HYPERLINK(…)" becomes
 * "'=HYPERLINK(…)", " -2+3" becomes "' -2+3", "a;=1" becomes "a;'=1",
 * "\t=1" becomes "'\t'=1"; text without triggers is returned as is.
 */
export function neutraliseFormula(text: string): string {
  return text.replace(AFTER_SEPARATOR, "$1'").replace(AT_START, "'");
}
