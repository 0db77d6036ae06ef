/**
 * REFI-QDA projects written by other tools: the two samples of
 * ../shared/refi-qda/samples/ (MAXQDA 24 with ten sources and a two-level
 * codebook, ATLAS.ti 23 with a codebook alone) arrive with their sources and
 * codebook, and a project as another tool writes it (CRLF line ends, runs of
 * spaces, astral characters, positions in code points of that raw text, a
 * selection coded twice, notes, users) lands on exactly the right words.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  importQdpxFile,
  previewQdpxFile,
} from '../../../../../../electron/services/exchange/refi/refi-import';
import { Library } from '../../../../../../electron/services/library/library';
import { canonicalize } from '../../../../../../shared/canonical-text';
import { listTags } from '../../../../../../shared/taxonomy';
import { useTempDirs } from '../../../../helpers';
import { RAW_ARABIC, REFI_DIR, spanOf, unpack, xmllint } from './refi-library';

const tempDir = useTempDirs();
const sample = (name: string) => join(REFI_DIR, 'samples', name);

describe('REFI-QDA samples from other tools', () => {
  it('imports the MAXQDA project: ten sources with their text, the two-level codebook as types and subtypes', async () => {
    const dir = await tempDir();
    const library = await Library.open(join(dir, 'lib'));
    const path = sample('maxqda-codebook-sources.qdpx');
    const preview = await previewQdpxFile(library, path);
    expect(preview).toMatchObject({ origin: 'MAXQDA 24 (Release 24.7.0)', sources: 10, users: ['Coder B'] });
    expect(preview.codes).toHaveLength(307);

    const report = await importQdpxFile(library, path, 'keep-both');
    expect(report.articlesAdded).toBe(10);
    expect(report.tagIdsAdded).toHaveLength(307);
    const names = await unpack(path, join(dir, 'sample'));
    const metas = await library.listArticles();
    expect(metas.map((m) => m.title).sort()).toContain('ICLS 2024 3-10');
    // Another tool's project: each article records the .qdpx it came from (its sources name none).
    expect(new Set(metas.map((m) => m.importedFrom))).toEqual(new Set(['maxqda-codebook-sources.qdpx']));
    for (const meta of metas) {
      const file = names.find((n) => n.toLowerCase() === `sources/${meta.id}.txt`);
      const raw = await readFile(join(dir, 'sample', file ?? 'missing'), 'utf8');
      expect((await library.getArticle(meta.id)).text).toBe(canonicalize(raw.replace(/^\uFEFF/u, '')).text);
    }
    const scheme = await library.getTaxonomy();
    const added = scheme.types.filter((t) => !['actor', 'demand', 'event'].includes(t.id));
    expect(added).toHaveLength(18);
    const themes = added.find((t) => t.label.en === 'Additional Themes and Ideas');
    expect(themes?.color).toBe('#ef8256');
    expect(themes?.subtypes.map((s) => s.label.en)).toContain('THEME - Affordances');
    expect(added.reduce((n, t) => n + t.subtypes.length, 0)).toBe(289);
    await library.close();
  });

  it('imports the ATLAS.ti codebook-only project: one type with its two subtypes, no article', async () => {
    const dir = await tempDir();
    const library = await Library.open(join(dir, 'lib'));
    const report = await importQdpxFile(library, sample('atlas-codebook-sample.qdpx'), 'keep-both');
    expect(report).toMatchObject({ articlesAdded: 0, annotationsAdded: 0 });
    const commits = (await library.getTaxonomy()).types.find((t) => t.label.en === 'Commits');
    expect(commits?.subtypes.map((s) => s.label.en)).toEqual([
      '2022-05-10T02:05:59Z 19e4dce',
      '2022-02-11T10:39:25Z cdbfd92',
    ]);
    await library.close();
  });

  it('places selections of a CRLF source with astral characters on the same words, one annotation per coding', async () => {
    const dir = await tempDir();
    // As another tool writes it: CRLF, a doubled space, a blank line; positions in code points of this raw text.
    const raw = RAW_ARABIC.replace('ونشر الحساب', 'ونشر  الحساب').replace('\r\nويأتي', '\r\n\r\nويأتي');
    const at = (quote: string) => spanOf(raw, quote);
    const platform = at('منصة 𝕏');
    const across = at('الحية.\r\nونشر');
    const prisoners = at('تبادل الأسرى');
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="مشروع" origin="QualCoder 3.5">
 <Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="Coder A"/></Users>
 <CodeBook><Codes>
  <Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Actor" isCodable="true">
   <Code guid="BBBBBBBB-0000-4000-8000-000000000002" name="Organisation" isCodable="true"/>
  </Code>
  <Code guid="BBBBBBBB-0000-4000-8000-000000000003" name="نبرة" isCodable="true" color="#A0C"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="CCCCCCCC-0000-4000-8000-000000000001" name="خبر 𝕏" plainTextPath="internal://CCCCCCCC-0000-4000-8000-000000000001.txt">
   <PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000001" startPosition="${platform.start}" endPosition="${platform.end}" creatingUser="AAAAAAAA-0000-4000-8000-000000000001" creationDateTime="2024-05-01T10:00:00">
    <Description>وصف</Description>
    <Coding guid="EEEEEEEE-0000-4000-8000-000000000001"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000002"/></Coding>
    <Coding guid="EEEEEEEE-0000-4000-8000-000000000002"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000003"/></Coding>
    <NoteRef targetGUID="FFFFFFFF-0000-4000-8000-000000000001"/>
   </PlainTextSelection>
   <PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000002" startPosition="${across.start}" endPosition="${across.end}">
    <Coding guid="EEEEEEEE-0000-4000-8000-000000000003"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000003" startPosition="${prisoners.start}" endPosition="${prisoners.end}">
    <Coding guid="EEEEEEEE-0000-4000-8000-000000000004"><CodeRef targetGUID="BBBBBBBB-0000-4000-8000-000000000003"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
 <Notes><Note guid="FFFFFFFF-0000-4000-8000-000000000001" name="memo"><PlainTextContent>مذكرة 🙂</PlainTextContent></Note></Notes>
</Project>`;
    await writeFile(join(dir, 'project.qde'), qde);
    expect((await xmllint('Project.xsd', join(dir, 'project.qde'))).code).toBe(0);
    const zip = new JSZip();
    zip.file('project.qde', qde);
    zip.file('sources/CCCCCCCC-0000-4000-8000-000000000001.txt', `\uFEFF${raw}`);
    const path = join(dir, 'foreign.qdpx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));

    const library = await Library.open(join(dir, 'lib'));
    const report = await importQdpxFile(library, path, 'keep-both');
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 4, tagIdsAdded: ['code'] });
    const [meta] = await library.listArticles();
    expect(meta).toMatchObject({
      id: 'cccccccc-0000-4000-8000-000000000001',
      title: 'خبر 𝕏',
      language: 'ar',
    });
    const annotations = await library.listAnnotations(meta?.id ?? '');
    const { text } = await library.getArticle(meta?.id ?? '');
    const points = Array.from(text);
    for (const a of annotations) expect(points.slice(a.start, a.end).join('')).toBe(a.quote);
    const tone = listTags(await library.getTaxonomy()).find((t) => t.label.ar === 'نبرة');
    expect(tone?.color).toBe('#AA00CC');
    expect(annotations.map((a) => [a.quote, a.tag, a.author ?? '', a.note ?? ''])).toEqual([
      ['الحية.\nونشر', 'actor', '', ''],
      ['منصة 𝕏', 'actor.organisation', 'Coder A', 'وصف\n\nمذكرة 🙂'],
      ['منصة 𝕏', tone?.id, 'Coder A', 'وصف\n\nمذكرة 🙂'],
      ['تبادل الأسرى', tone?.id, '', ''],
    ]);
    expect(annotations[1]?.createdAt).toBe(new Date('2024-05-01T10:00:00').toISOString());
    await library.close();
  });
});
