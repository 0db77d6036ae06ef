import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleDoc } from '../../../../../electron/services/search/article-text';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const TEXT = 'أفرج عن الأسرى المرضى في نابلس.';
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('readArticleDoc', () => {
  it('reads the text of an article file whose hash is the listed one', async () => {
    const path = join(await tempDir(), 'a.json');
    await writeFile(path, JSON.stringify({ version: 1, id: 'a', text: TEXT, blocks: [] }));
    const source = { id: 'a', stamp: 's', title: 'خبر', path, sha256: sha(TEXT) };
    expect(readArticleDoc(source)).toEqual({ id: 'a', stamp: 's', title: 'خبر', text: TEXT });
  });

  it('leaves out a file that is missing, not JSON, without a text, or whose text is not the listed one', async () => {
    const dir = await tempDir();
    const files: [string, string][] = [
      ['garbage.json', '{"text": "أفرج'],
      ['no-text.json', '{"version": 1, "id": "a"}'],
      ['changed.json', JSON.stringify({ version: 1, id: 'a', text: `${TEXT} وغزة`, blocks: [] })],
    ];
    for (const [name, content] of files) await writeFile(join(dir, name), content);
    for (const name of ['missing.json', ...files.map(([n]) => n)]) {
      const source = { id: 'a', stamp: 's', title: 'خبر', path: join(dir, name), sha256: sha(TEXT) };
      expect(readArticleDoc(source), name).toBeNull();
    }
  });
});
