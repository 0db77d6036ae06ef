/** The English sentences of `hamish` (see messages.ts): file and reason named, no error codes. */

import { EXPORT_FORMATS } from '../../shared/export/export-request';
import type { UsageProblem } from './args';
import { reasonOf, type Catalogue, type Failure } from './messages';
import { importRefusal, readReason, skipReason, writeReason } from './messages-reasons';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function usage(p: UsageProblem): string {
  switch (p.kind) {
    case 'unknown-command':
      return `"${p.name}" is not a hamish command.`;
    case 'unknown-option':
      return `--${p.name} is not an option of this command.`;
    case 'needs-value':
      return `Option --${p.name} needs a value${p.allowed ? ` (${p.allowed.split(',').join(' or ')})` : ''}.`;
    case 'takes-no-value':
      return `--${p.name} takes no value.`;
    case 'given-twice':
      return `--${p.name} may be given only once.`;
    case 'no-arguments':
      return `${p.command} takes no file or folder, but was given: ${p.args}.`;
    case 'needs-files':
      return 'import needs at least one file or folder.';
    case 'needs-ids':
      return 'adopt needs at least one article id or articles/<id>.json file.';
    case 'needs-format':
      return 'export needs --format json, w3c, csv, brat, qdpx or qdc.';
    case 'needs-out':
      return 'export needs --out and the file (or, for brat, the folder) to write.';
    case 'one-file':
      return 'import-annotations needs exactly one file (Hamish JSON or .qdpx).';
    case 'unknown-format':
      return `"${p.value}" is not an export format: use ${EXPORT_FORMATS.slice(0, -1).join(', ')} or ${EXPORT_FORMATS.at(-1) ?? ''}.`;
    case 'unknown-source':
      return `"${p.value}" is not a format import-annotations reads: use hamish, qdpx, brat, w3c, labelstudio, doccano or conll.`;
    case 'unknown-policy':
      return `"${p.value}" is not a conflict policy: use keep-both, keep-mine or take-theirs.`;
    case 'bad-map':
      return `--map "${p.value}" is not CODE=TAG (TAG a tag id, new or skip).`;
    case 'unknown-duplicate-choice':
      return `"${p.value}" is not a duplicate choice: use skip, keep or replace.`;
    case 'unknown-language':
      return `"${p.value}" is not a language of hamish: use en or ar.`;
    case 'bad-article-id':
      return `"${p.value}" is not an article id (ids are shown by "hamish list").`;
    case 'needs-two-files':
      return 'agreement needs two or more Hamish JSON files, one per coder.';
    case 'file-twice':
      return `${p.value} is given twice: each coder's file once.`;
    case 'out-is-input':
      return `--out ${p.value} is one of the files to compare: write the report to another file.`;
    case 'bad-choice':
      return `"${p.value}" is not a value of --${p.name}: use ${p.allowed.split(',').join(', ')}.`;
    case 'reversed-dates':
      return `--from is after --to (${p.value}): give the earlier date first.`;
    case 'bad-date':
      return `--${p.name} "${p.value}" is not a date: write it as YYYY-MM-DD.`;
  }
}

function failure(f: Failure): string {
  const p = f.params;
  const file = String(p['file'] ?? '');
  const reason = reasonOf(p['reason']);
  switch (f.code) {
    case 'no-library':
      return p['writing']
        ? `There is no Hamish library in ${String(p['dir'])}: check --library, or add --create to make a new library there.`
        : `There is no Hamish library in ${String(p['dir'])}: check --library (this command never creates one).`;
    case 'file-unsupported':
      return `${file} was not imported: only .txt, .md and .html files can be.`;
    case 'file-unreadable':
      return `${file} could not be read: ${readReason(reason, 'en')}.`;
    case 'file-too-large':
      return `${file} was not imported: it is larger than 20 MB.`;
    case 'file-not-text':
      return `${file} was not imported: it is not a text file (binary data or an unknown encoding).`;
    case 'empty-text':
      return `${file} was not imported: it is empty or has no article text.`;
    case 'text-too-large':
      return `${file} was not imported: it has more text than an article may hold.`;
    case 'duplicate':
      return `${file} is already in the library as “${String(p['title'] ?? '')}”.`;
    case 'not-found':
      return `There is no article ${String(p['id'] ?? '')} in this library.`;
    case 'invalid-import': {
      const where = p['where'] ? ` (at ${String(p['where'])})` : '';
      const why = importRefusal(p['reason'], 'en');
      const hint = p['looksLike']
        ? ` It looks like a ${String(p['looksLike'])} file: add --from ${String(p['looksLike'])}.`
        : '';
      return `Nothing was imported from ${file}: ${why}${where}.${hint}`;
    }
    case 'invalid-argument':
      return p['field'] === 'path'
        ? `${file} is a folder: give the name of a file to write.`
        : `The value given for ${String(p['field'] ?? 'an argument')} is not valid.`;
    case 'native-module':
      return `The search index's native module (better-sqlite3) is built for another runtime (the app's Electron, after "npm start"): run the command as "npm run hamish -- …", which rebuilds it for Node.js, or run "node scripts/native-runtime.js node" once. Nothing was changed. (${String(p['detail'] ?? '')})`;
    case 'no-such-coder':
      return `No annotation or claim of the chosen articles is by ${String(p['names'])}: nothing was exported. Coders there: ${String(p['coders'] || 'none')}.`;
    case 'inside-library':
      return `“${file}” is inside the library folder: export somewhere else, so that none of the library’s own files is overwritten.`;
    case 'busy':
      return f.message; // who holds the library's lock and since when (library-lock.ts)
    case 'storage-failed':
      if (p['readOnly']) return f.message; // "The library folder … is read-only …"
      return file
        ? `${file} could not be written: ${writeReason(reason, 'en')}.`
        : 'Could not save to disk; nothing saved before was lost.';
    default:
      return `Something unexpected went wrong: ${f.message}`;
  }
}

export const EN: Catalogue = {
  usage,
  failure,
  seeHelp: (command) => `Run "hamish ${command} --help" for its usage.`,
  optionOf: (option, commands) =>
    commands.length === 0
      ? `${option} is not an option of any hamish command.`
      : `${option} is an option of: ${commands.join(', ')}; see "hamish help ${commands[0]}".`,
  cancelled: () => 'The import was stopped before the last file.',
  noFiles: () => 'No file was found to import.',
  targetExists: (path) =>
    `${path} already exists: nothing was written. Give another --out, or add --force to overwrite it.`,
  exported: (annotations, articles, path) =>
    `Exported ${plural(annotations, 'annotation')} of ${plural(articles, 'article')} to ${path}.`,
  exportedClaims: (claims, articles, path) =>
    `Exported ${plural(claims, 'claim')} of ${plural(articles, 'article')} to ${path}.`,
  claimsIncluded: (claims) => `With ${plural(claims, 'claim')}.`,
  exportedCodebook: (codes, path) => `Exported a codebook of ${plural(codes, 'code')} to ${path}.`,
  staleGold: (count) =>
    `Warning: ${plural(count, 'gold annotation')} rest on adjudication decisions that need review (a coder’s layer changed since); review them in Adjudicate.`,
  orphanedLeftOut: (count) =>
    `Left out ${plural(count, 'orphaned annotation')} (the quote is no longer found in the text).`,
  articlesMerged: (added, merged) => `Articles: ${added} added, ${merged} merged.`,
  annotationsMerged: (added, replaced, keptMine, unchanged) =>
    `Annotations: ${added} added, ${replaced} replaced, ${keptMine} conflicts kept as they were here, ${unchanged} already present.`,
  layersReplaced: (count) => `Coder layers replaced by a newer file: ${count}.`,
  skippedItem: (document, ref, reason) => `Skipped: ${ref} of ${document} (${skipReason(reason, 'en')}).`,
  dryRun: () => 'Preview only: nothing was written.',
  notCompared: (file, why, where) => `${file} cannot be compared: ${why}${where ? ` (at ${where})` : ''}.`,
  agreementLeftOut: (title, id, missingFrom) =>
    `Left out: article “${title}” (id ${id}) is not in ${missingFrom}; only articles every file holds are compared.`,
  agreementLeftOutMore: (count) => `… and ${plural(count, 'more article')} left out the same way.`,
  agreementNoArticle: (id) => `--article ${id}: no article with that id is in every file.`,
  agreementNothingInCommon: () =>
    'The files have no article in common (articles are matched by the SHA-256 of their text): nothing to compare.',
  agreementWritten: (path) => `Wrote the agreement report to ${path}.`,
  pairedBy: (scope, withoutClaims) =>
    scope === 'claims'
      ? `Counts: claims in which the actor (claimant) makes the demand. ${
          withoutClaims === 1 ? '1 article has' : `${withoutClaims} articles have`
        } actors and demands but no claim and count nothing here.`
      : `Counts: ${scope === 'sentence' ? 'sentences' : 'paragraphs'} where the actor and the demand occur together.`,
  undated: () => 'undated',
  adopted: (title) => `“${title}” was added to the library.`,
  notAdopted: (given, why) => `${given} was not adopted: ${why}`,
  notImported: (index, id, title, kind) =>
    `Not imported: article ${index + 1} of the file (id ${id}, “${title}”) ${
      kind === 'missing-text'
        ? 'is not in this library and the file has no text for it.'
        : 'has a different text here than in the file.'
    }`,
};
