/**
 * Packs a REFI-QDA project into a .qdpx file: a zip (JSZip, DEFLATE) holding
 * project.qde at its root and each plain-text source under Sources/, as the
 * specification (1.5, §8) lays it out. The source files are UTF-8 without a
 * byte order mark, so their code points are exactly the canonical text's.
 */

import JSZip from 'jszip';
import { buildProject, type RefiProjectInput } from './refi-project';

/** The .qdpx bytes of `input`, written by `origin` ("Hamish 0.1.0") at `now` (ISO date-time). */
export async function buildQdpx(input: RefiProjectInput, origin: string, now: string): Promise<Buffer> {
  const { projectXml, sources } = buildProject(input, origin, now);
  const zip = new JSZip();
  const date = new Date(now);
  zip.file('project.qde', projectXml, { date });
  for (const [name, text] of sources) zip.file(`Sources/${name}`, text, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
