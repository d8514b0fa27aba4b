import { z } from 'zod';

/**
 * The disclosure record: each item sent to the other side (a file, or a batch of samples), how it
 * is classified, why and to whom it went, who approved it and when. A file is identified by the
 * SHA-256 of its bytes, worked out on the user's machine, so the company can later show exactly
 * what it disclosed. Error messages are catalog keys (messages/prepare.ts).
 */
export const CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export const ITEM_KINDS = ['file', 'sample-batch'] as const;

export type Classification = (typeof CLASSIFICATIONS)[number];
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Lowercase hex, as `sha256sum` prints it. */
export const SHA256 = /^[0-9a-f]{64}$/;

/** One line of free text that may go into the agreement's schedule: no placeholders, no line breaks. */
const line = (key: string, max: number) =>
  z
    .string({ error: key })
    .trim()
    .min(1, { error: key })
    .max(max, { error: 'build.q.tooLong' })
    .refine((s) => !/[{}]/.test(s), { error: 'build.q.braces' })
    .transform((s) => s.replace(/\s+/g, ' '));

/**
 * A calendar date as YYYY-MM-DD. A pattern and a check rather than zod's ISO date, whose JSON Schema
 * `format` not every validator of our published questionnaire schema knows.
 */
export const isoDate = (key: string) =>
  z
    .string({ error: key })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: key, abort: true })
    .refine(isCalendarDate, { error: key });

/** "2026-02-30" matches the pattern but is no day: Date rolls it over to March, which this catches. */
function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export const disclosureItemSchema = z
  .strictObject({
    item: line('build.q.disclosure.item', 300),
    kind: z.enum(ITEM_KINDS, { error: 'build.q.disclosure.kind' }),
    classification: z.enum(CLASSIFICATIONS, { error: 'build.q.disclosure.classification' }),
    purpose: line('build.q.disclosure.purpose', 300),
    recipient: line('build.q.disclosure.recipient', 200),
    approver: line('build.q.disclosure.approver', 200),
    /** The day it was sent or is to be sent, YYYY-MM-DD. */
    date: isoDate('build.q.disclosure.date'),
    sha256: z.string({ error: 'build.q.disclosure.sha256' }).regex(SHA256, { error: 'build.q.disclosure.sha256' }).optional(),
    /** The file's size in bytes, which a reader checks with the fingerprint. */
    bytes: z.int({ error: 'build.q.disclosure.sha256' }).min(0).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'file' && d.sha256 === undefined)
      ctx.addIssue({ code: 'custom', path: ['sha256'], message: 'build.q.disclosure.sha256Needed' });
    if (d.kind === 'sample-batch' && d.sha256 !== undefined)
      ctx.addIssue({ code: 'custom', path: ['sha256'], message: 'build.q.disclosure.sha256Batch' });
  });

export type DisclosureItem = z.infer<typeof disclosureItemSchema>;

/** Enough for any real deal, and a bound on what one questionnaire file can make us render. */
export const MAX_DISCLOSURES = 500;

export const disclosuresSchema = z.array(disclosureItemSchema).max(MAX_DISCLOSURES, { error: 'build.q.disclosure.tooMany' });

/** The places of the items in the order a reader expects: by date, then as entered. */
export function dateOrder(items: readonly DisclosureItem[]): number[] {
  return items.map((d, i) => ({ d, i })).sort((a, b) => (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : a.i - b.i)).map(({ i }) => i);
}

/** Items by date, then as entered. */
export function byDate(items: readonly DisclosureItem[]): DisclosureItem[] {
  return dateOrder(items).map((i) => items[i] as DisclosureItem);
}
