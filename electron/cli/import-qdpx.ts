/**
 * `hamish import-annotations FILE --from qdpx`: a REFI-QDA project merged
 * like a Hamish JSON file. Codes are mapped as the app proposes (Hamish's
 * own codes, then tag labels equal to the code's name); `--map "CODE=TAG"`
 * (CODE a code's name or its path "Parent/Child", TAG a tag id, "new" or
 * "skip") overrides one; codes still matching no tag are refused, nothing
 * written, unless `--new-tags` adds them to the scheme.
 */

import type { ConflictPolicy } from '../../shared/export/export-request';
import type { CodeChoice } from '../../shared/export/refi-types';
import { importQdpxFile, previewQdpxFile } from '../services/exchange/refi/refi-import';
import { valueOf } from './args';
import type { CommandContext } from './commands';
import { printMergeReport } from './merge-report';
import { REFI_SAY } from './messages-refi';

/** "CODE=TAG" as a choice ("new", "skip" or a tag id), split at the last "=". */
export function parseMap(value: string): { code: string; choice: CodeChoice } | undefined {
  const at = value.lastIndexOf('=');
  const code = value.slice(0, at).trim();
  const target = value.slice(at + 1).trim();
  if (at < 1 || code === '' || target === '') return undefined;
  return {
    code,
    choice: target === 'new' ? 'new' : target === 'skip' || target === '-' ? 'skip' : { tag: target },
  };
}

/** Runs the import; `file` is absolute. Exit 1 when refused for unmapped codes or articles were not imported. */
export async function importQdpxCommand(
  context: CommandContext,
  file: string,
  onError: (e: unknown) => never,
): Promise<number> {
  const { args, services, io, language } = context;
  const policy = (valueOf(args, 'on-conflict') ?? 'keep-both') as ConflictPolicy;
  const preview = await previewQdpxFile(services.library, file).catch(onError);
  const choices = new Map<string, CodeChoice>();
  for (const given of args.values.get('map') ?? []) {
    const map = parseMap(given);
    const code = preview.codes.find((c) => c.path.join('/') === map?.code || c.path.at(-1) === map?.code);
    if (!map || !code) {
      io.err(REFI_SAY.unknownCode(map?.code ?? given, language));
      return 1;
    }
    choices.set(code.guid, map.choice);
  }
  const unmapped = preview.codes.filter((c) => !choices.has(c.guid) && c.choice === 'new');
  if (unmapped.length > 0 && !args.flags.has('new-tags')) {
    io.err(
      REFI_SAY.unmapped(
        unmapped.map((c) => c.path.join('/')),
        language,
      ),
    );
    return 1;
  }
  const dryRun = args.flags.has('dry-run');
  const report = await importQdpxFile(services.library, file, policy, {
    choices,
    generator: 'hamish CLI',
    dryRun,
  }).catch(onError);
  return printMergeReport(context, report, () => {
    io.out(REFI_SAY.tagsAdded(report.tagIdsAdded, language));
    for (const s of report.skipped) io.err(REFI_SAY.skipped(s.what, s.reason, language));
    if (dryRun) io.out(context.say.dryRun());
  });
}
