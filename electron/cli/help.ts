/** Help texts of `hamish` and of each command (English; messages follow the CLI's language); help-layout.ts sets their option column. */

import { layOutHelp, layOutPages } from './help-layout';

export const MAIN_HELP = layOutHelp(`Usage: hamish <command> [options]
  (from the project folder: npm run hamish -- <command> [options],
   or node out/cli/hamish.mjs <command> [options], after npm run build)

Read and annotate Arabic news offline: the command line of the Hamish app.
It works on the same library folder as the app. One process writes to a library at
a time: import and import-annotations are refused while the app (or another hamish)
has the library open, or wait for it with --wait; list and export work meanwhile
and write nothing. Damage found by the start-up check is reported first (exit 1).

Commands:
  import <files|folders>...   add articles from .txt, .md, .html and .docx files (folders: every file inside)
  list                        list the library's articles
  stats                       counts by tag, entity, actor × demand or over time
  export                      export annotations as json, w3c, csv, brat or REFI-QDA (qdpx, qdc)
  import-annotations <file>   merge a Hamish JSON file (or brat, W3C, Label Studio, doccano, CoNLL, a REFI-QDA project) into the library
  adopt <id|file>...          list article files the start-up check reported as unknown
  agreement <files>...        inter-coder agreement between coders' Hamish JSON exports (no library needed)

Options for every command:
  --library DIR   the library folder (default: the app's, see "hamish <command> --help")
  --json          print the result, or the error with its code, as JSON
  --lang en|ar    the language of messages (default: Arabic when LC_ALL,
                  LC_MESSAGES or LANG starts with "ar", else English)
  --help, -h      help for the command

Exit codes: 0 success, 1 failed (or some items not imported), 2 bad usage.
`);

const LIBRARY = `  --library DIR   library folder; default $HAMISH_LIBRARY_DIR, else the app's:
                  ~/.config/Hamish/library (Linux), ~/Library/Application Support/Hamish/library
                  (macOS), %APPDATA%\\Hamish\\library (Windows). It must already hold a library.`;

const CREATE = `  --create        make a new library in --library DIR when there is none`;

export const COMMAND_HELP: Record<string, string> = layOutPages({
  agreement: `Usage: hamish agreement A.hamish.json B.hamish.json [C.hamish.json…] [--measure alpha-u|alpha|kappa|percent]
         [--by tag|subtype] [--unit exact|overlap] [--untagged none|missing] [--format table|csv|json|html] [--out FILE] [--article ID]...

Compares coders who coded the same articles: one Hamish JSON export per coder
("hamish export --format json"). Each file is checked as an import would be.
The coder is the author most of the file's annotations carry, else the file's name.
Articles are paired by the SHA-256 of their text; one that is not in every file
is named and left out. Reads only the files given: no library is opened.

  --measure M     alpha-u (default): Krippendorff's unitizing alpha over the text, for
                  coders who chose both the spans and the tags; alpha: Krippendorff's
                  alpha (nominal) over matched spans; kappa: Cohen's (two coders) or
                  Fleiss' (more); percent: percent agreement (not chance-corrected)
  --by B          tag (default): compare tag types; subtype: compare whole tags
  --unit U        how spans are matched for alpha, kappa and percent: exact (default,
                  same start and end) or overlap (sharing a character; one to one, the
                  same tag first, then the larger overlap)
  --untagged T    a span one coder left untagged counts as the category none
                  (default) or as a missing value
  --format F      table (default), csv (one number a row), json, or html (a standalone
                  page for an appendix); --json is --format json
  --out FILE      write the report to FILE instead of printing it
  --article ID    compare only this article (its id in the first file); repeat for several
`,
  import: `Usage: hamish import <files|folders>... [--on-duplicate skip|keep|replace] [--library DIR] [--create] [--json]

Adds each file as a new article with the app's importer (its canonical text is
fixed once and for all). Known types: .txt, .md, .html/.htm and .docx; text in UTF-8,
UTF-16 or windows-1256; web pages go through article extraction. Folders are
searched for every file inside (hidden files and Hamish libraries skipped). A file whose text is
already in the library is not added again. Prints one line per file; exit
code 1 if any file was not added.

${CREATE}
  --on-duplicate C  what to do with a likely duplicate (same URL, same text, or
                  ≥ 85 % the same): skip (default), keep (add it too), or
                  replace (the old article goes to the trash; annotations whose
                  quote is in the new text move to it, the rest stay with the old)
  --json          print the import report (added, duplicates, refused with codes)
  --wait          if the app or another hamish has the library open, wait for it
                  (up to ten minutes) instead of refusing
${LIBRARY}
`,
  adopt: `Usage: hamish adopt <id|articles/<id>.json>... [--wait] [--library DIR]

Lists article files found under articles/ that the list of articles does not include
(an import interrupted by a crash, or a file copied in by hand), as the start-up check
reports them. Each gets its first line as its title; its annotations file, if any, is kept.

  --wait          if the app or another hamish has the library open, wait for it
${LIBRARY}
`,
  list: `Usage: hamish list [--json] [--library DIR]

Lists the articles: id, date, number of annotations and title, tab-separated.

  --json          print the articles' metadata as JSON instead
${LIBRARY}
`,
  stats: `Usage: hamish stats [--by type|tag|entity|actor|claim-frame|claim-role|actor-demand|network|day|week|month] [--format table|csv|json] [filters]

Prints the numbers of the app's Analysis view for the whole library or a filtered part
(trashed articles and orphaned annotations are never counted).
  --by tag          annotations per tag (default); type, entity, actor likewise
                    (actor: Actor annotations by entity, or by their normalised text when linked to none)
  --by claim-frame  claims per frame; claim-role: claim members per frame/role/filler type
  --by actor-demand  actor × demand tag: sentences (or, with --scope paragraph, paragraphs)
                    where the actor and the demand occur together; with --scope claims, the
                    claims in which the actor (claimant) makes the demand
  --by network      claimant → addressee: the claims in which one actor demands of another
  --by day|week|month  annotations of one type (--stack TYPE, default demand) per tag over
                    time, by the articles' publication dates (ISO weeks); empty periods show 0,
                    undated articles are counted on a row of their own

  --format F        table (default: tab-separated, labels in the CLI's language), csv (UTF-8
                    with BOM, ids as headers) or json (what the app's view gets, same as --json)
  --source S        only articles from this source; repeat for several
  --from DAY --to DAY  only articles published from / up to DAY (YYYY-MM-DD, inclusive)
  --status S        only articles with this status (new, in-progress, done); repeatable
  --tag T --entity ID --coder NAME  only these annotations; each repeatable
${LIBRARY}
`,
  export: `Usage: hamish export --format json|w3c|csv|claims-csv|brat|qdpx|qdc --out PATH [--article ID]... [options]

Writes the annotations of the given articles (default: the whole library), and
their claims in every format but qdc.
  json   Hamish JSON, the native format (re-importable; includes texts unless --no-text)
  w3c    W3C Web Annotation JSON-LD: one AnnotationCollection
  csv    one row per annotation, UTF-8 with BOM
  claims-csv  one row per claim (article, roles' quotes, tags and entities, stance, note, coder)
  brat   PATH is a folder: <article id>.txt and .ann per article, annotation.conf, visual.conf
  qdpx   a REFI-QDA project for MAXQDA, NVivo, ATLAS.ti, QualCoder (texts, codes, codings, notes)
  qdc    the tag scheme alone as a REFI-QDA codebook

  --format F      the format (required)
  --out PATH      the file to write, or the folder for brat (required)
  --article ID    an article to export; repeat for several
  --compact       json/w3c: no indentation
  --no-text       json: leave the article texts out
  --force         overwrite PATH when it exists (never a file inside the library folder)
  --coder NAME    only this coder's annotations and claims (repeatable); those made
                  before coders existed count as the OS user's. Every format names the
                  coder: json author, w3c creator, csv coder column, qdpx creatingUser
${LIBRARY}
`,
  'import-annotations': `Usage: hamish import-annotations <file> [--from hamish|qdpx|brat|w3c|labelstudio|doccano|conll] [--map LABEL=tag]... [--new-tags] [--article ID] [--dry-run] [--on-conflict keep-both|keep-mine|take-theirs] [--as-layer] [--coder NAME] [--library DIR] [--create]

Imports a Hamish JSON file. The whole file is checked first (schema, text hashes,
offsets, quotes, tags); if anything is wrong nothing is written and the place is named.
Articles the library lacks are added when the file includes their text; annotations
of articles it has (same text SHA-256) are merged by id.

  --on-conflict P   when an annotation id exists here with other content:
                    keep-both (default: add theirs under a new id), keep-mine, take-theirs
  --from F          the file's format: hamish (default); brat (a .ann beside its .txt, or a
                    folder of them), w3c (Web Annotation or Hypothesis JSON, anchored in the
                    articles it targets), labelstudio (JSON export), doccano (JSONL), conll
  --map LABEL=tag   the tag for one of the file's labels (repeatable); LABEL=- leaves it out.
                    A label not mapped must be a tag id or name a tag; otherwise nothing is
                    imported and every such label is named
  --article ID      w3c: the article for annotations whose page is not in the library
  --dry-run         check and count only: nothing is written (the preview)
  --from qdpx       a REFI-QDA project (the default for a .qdpx file): codes map to tags by
                    name; --map CODE=TAG (name or Parent/Child path; TAG a tag id, new, skip or -)
  --new-tags        qdpx: add the codes that match no tag to the scheme (else refused)
  --as-layer        hamish: add a colleague's file as their coder layer instead of merging:
                    their annotations keep their coder, yours (the OS user's) are never
                    touched, and a newer file of the same coder replaces their layer
  --coder NAME      with --as-layer: the coder of the file's annotations that name none;
                    without it (hamish): your coder name, stamped on the file's annotations
                    and claims that name none (default: the OS user name)
${CREATE}
  --wait            if the app or another hamish has the library open, wait for it
                    (up to ten minutes) instead of refusing
${LIBRARY}
`,
});
