/**
 * The undo commands of claims against the real API over a real library
 * folder (issue 18): a claim created, edited or deleted is undone and redone
 * exactly; an annotation deleted or retagged under a ClaimPolicy is undone
 * with its claims as they were (detached or deleted), in one step, and
 * redone with the same policy. No claim ever points to a missing annotation.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { createAppApi } from '../../../electron/services/app-api';
import { Library } from '../../../electron/services/library/library';
import { createServices } from '../../../electron/services/services';
import {
  createClaimCommand,
  deleteClaimsCommand,
  deleteWithClaimsCommand,
  editClaimCommand,
  editWithClaimsCommand,
} from '../../../shared/claim-commands';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';
import type { Result } from '../../../shared/result';
import { UndoHistory } from '../../../shared/undo-history';
import { openTagged } from '../claim-fixtures';
import { inProcessApi, useTempDirs } from '../helpers';

const tempDir = useTempDirs();
const open: Library[] = [];
// Registered after useTempDirs, so it runs first (after-hooks run in reverse): closed before the folders go.
afterEach(async () => {
  await Promise.all(open.splice(0).map((library) => library.close()));
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The app's API over a sample library with Hamas, the prisoner exchange and Israel tagged, and Hamas's claim. */
async function setUp() {
  const { library, articleId, hamas, exchange, israel } = await openTagged(await tempDir());
  open.push(library);
  const api = inProcessApi(
    createAppApi({
      services: createServices(library, { generator: 'test' }),
      dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
      preferences: { get: () => DEFAULT_PREFERENCES, setLanguage: () => DEFAULT_PREFERENCES },
    }),
  );
  const claim = value(
    await api.createClaim({
      articleId,
      frame: 'claim',
      members: [
        { role: 'claimant', annotationId: hamas.id },
        { role: 'demand', annotationId: exchange.id },
        { role: 'addressee', annotationId: israel.id },
      ],
    }),
  );
  const claims = async () => value(await api.listClaims(articleId));
  const annotations = async () => value(await api.listAnnotations(articleId));
  /** Every claim's members point to annotations that exist. */
  const whole = async () => {
    const ids = new Set((await annotations()).map((a) => a.id));
    return (await claims()).every((c) => c.members.every((m) => ids.has(m.annotationId)));
  };
  return { api, articleId, hamas, exchange, israel, claim, claims, annotations, whole };
}

describe('claim undo commands', () => {
  it('undoes and redoes a created claim, the same claim each time', async () => {
    const { api, claim, claims } = await setUp();
    const history = new UndoHistory();
    history.push(createClaimCommand(api, claim));
    expect((await history.undo())?.result.ok).toBe(true);
    expect(await claims()).toEqual([]);
    expect((await history.redo())?.result.ok).toBe(true);
    expect(await claims()).toEqual([claim]);
  });

  it('undoes an edit of stance and note back to none, and redoes it', async () => {
    const { api, articleId, claim, claims } = await setUp();
    const after = value(
      await api.updateClaim(articleId, claim.id, { attributes: { stance: 'for' }, note: 'مهم' }),
    );
    const history = new UndoHistory();
    history.push(editClaimCommand(api, claim, after));
    await history.undo();
    const [undone] = await claims();
    expect(undone?.attributes ?? {}).toEqual({});
    expect(undone?.note).toBeUndefined();
    await history.redo();
    const [redone] = await claims();
    expect([redone?.attributes, redone?.note]).toEqual([{ stance: 'for' }, 'مهم']);
  });

  it('undoes and redoes deleted claims', async () => {
    const { api, articleId, claim, claims } = await setUp();
    value(await api.deleteClaims(articleId, [claim.id]));
    const history = new UndoHistory();
    history.push(deleteClaimsCommand(api, articleId, [claim]));
    await history.undo();
    expect(await claims()).toEqual([claim]);
    await history.redo();
    expect(await claims()).toEqual([]);
  });

  it('undoes an annotation deleted with its claim detached: both as they were; redo detaches again', async () => {
    const { api, articleId, exchange, claim, claims, annotations, whole } = await setUp();
    value(await api.deleteAnnotations(articleId, [exchange.id], 'detach'));
    expect((await claims())[0]?.members.map((m) => m.role)).toEqual(['claimant', 'addressee']);
    const history = new UndoHistory();
    history.push(deleteWithClaimsCommand(api, articleId, [exchange], [claim], 'detach'));
    expect((await history.undo())?.result.ok).toBe(true);
    expect(await claims()).toEqual([claim]);
    expect((await annotations()).map((a) => a.id)).toContain(exchange.id);
    expect(await whole()).toBe(true);
    expect((await history.redo())?.result.ok).toBe(true);
    expect((await claims())[0]?.members).toHaveLength(2);
    expect(await whole()).toBe(true);
  });

  it('undoes a retag that deleted the claim: the tag and the claim come back; redo deletes it again', async () => {
    const { api, articleId, exchange, claim, claims, whole } = await setUp();
    const after = value(await api.updateAnnotation(articleId, exchange.id, { tag: 'actor.state' }, 'delete'));
    expect(await claims()).toEqual([]);
    const history = new UndoHistory();
    const command = editWithClaimsCommand(api, exchange, after, [claim], 'delete');
    expect(command.label).toBe('retag');
    history.push(command);
    expect((await history.undo())?.result.ok).toBe(true);
    expect(await claims()).toEqual([claim]);
    expect(await whole()).toBe(true);
    expect((await history.redo())?.result.ok).toBe(true);
    expect(await claims()).toEqual([]);
  });
});
