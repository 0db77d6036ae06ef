/**
 * The shapes of a claim: a record that links annotations of one article in
 * the named roles of a frame of the scheme ("claim": claimant, demand,
 * addressee…; "event": event, agent, target), with attribute values (a
 * stance), a note, its coder and timestamps. Stored beside the article's
 * annotations (annotations/<id>.json), exported in Hamish JSON version 2;
 * what the UI sends to create one, and a change to one. A claim's members
 * refer to annotations of the same article by id; the order of members is
 * the order the analyst gave them within each role.
 */

import { z } from 'zod';
import { idSchema, schemeIdSchema, textUpTo, timestampSchema } from './fields';
import { MAX_CLAIM_MEMBERS, MAX_CODER_NAME_LENGTH, MAX_FRAME_ITEMS } from './limits';
import { noteSchema } from './annotation-schema';

/** One annotation in one role of a claim. */
export const claimMemberSchema = z
  .strictObject({
    role: schemeIdSchema.describe("Role id of the claim's frame"),
    annotationId: idSchema.describe('An annotation of the same article'),
  })
  .meta({ id: 'claimMember' });

export type ClaimMember = z.infer<typeof claimMemberSchema>;

/** Attribute values of a claim: attribute id → option id (an unset attribute is absent). */
export const claimAttributesSchema = z
  .record(schemeIdSchema, schemeIdSchema)
  .refine((r) => Object.keys(r).length <= MAX_FRAME_ITEMS, { message: 'too many attributes' });

const claimFields = {
  id: idSchema,
  frame: schemeIdSchema.describe('Frame id of the scheme ("claim", "event")'),
  members: z.array(claimMemberSchema).max(MAX_CLAIM_MEMBERS),
  attributes: claimAttributesSchema.optional(),
  note: noteSchema.optional(),
  author: textUpTo(MAX_CODER_NAME_LENGTH).optional().describe('The coder who made the claim.'),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** A stored claim (annotations/<id>.json `claims`). */
export const claimSchema = z.strictObject({ ...claimFields, articleId: idSchema });

/**
 * A claim: `members` link annotations of article `articleId` in roles of
 * frame `frame`; every member's annotation exists (the store keeps it so).
 * A claim may lack a required role (it is then shown as incomplete).
 */
export type Claim = z.infer<typeof claimSchema>;

/** A claim in a Hamish JSON file (version 2): no article id, it sits in its article. */
export const exportedClaimSchema = z.strictObject(claimFields).meta({ id: 'claim' });

export type ExportedClaim = z.infer<typeof exportedClaimSchema>;

/** What the UI sends to create a claim; the service adds id, coder and timestamps. */
export const newClaimSchema = z.strictObject({
  articleId: idSchema,
  frame: schemeIdSchema,
  members: z.array(claimMemberSchema).min(1).max(MAX_CLAIM_MEMBERS),
  attributes: claimAttributesSchema.optional(),
  note: noteSchema.optional(),
});

export type NewClaim = z.infer<typeof newClaimSchema>;

/** A change to a claim; omitted fields stay; `members` and `attributes` replace whole; null or "" clears the note. */
export const claimPatchSchema = z.strictObject({
  frame: schemeIdSchema.optional(),
  members: z.array(claimMemberSchema).max(MAX_CLAIM_MEMBERS).optional(),
  attributes: claimAttributesSchema.optional(),
  note: noteSchema.nullable().optional(),
});

export type ClaimPatch = z.infer<typeof claimPatchSchema>;

/**
 * What to do with the claims of annotations being deleted or retagged so
 * that they no longer fit their role: 'detach' removes them from their roles
 * (the claim stays, perhaps incomplete), 'delete' deletes those claims.
 */
export const CLAIM_POLICIES = ['detach', 'delete'] as const;
export type ClaimPolicy = (typeof CLAIM_POLICIES)[number];
