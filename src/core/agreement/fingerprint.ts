import { fnv1aHex } from '../hash';

/** Whitespace-insensitive text fingerprints, to find our clauses again when their control was lost. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A leading section or sub-clause label: "5", "5.1", "5.1.", "(a)", "(iv)". */
export const LABEL = /^(?:\d+(?:\.\d+)*\.?|\((?:[a-z]{1,4}|\d{1,3})\))\s+/i;

/**
 * FNV-1a, 32 bits, as 8 hex digits: short enough to store one per paragraph in the document. The
 * paragraph's label is left out: Word holds it as typed text ("5.1<tab>…"), our .docx as list
 * numbering outside the text, and the same clause must match in both.
 */
export function fingerprint(text: string): string {
  return fnv1aHex(normalizeText(text).replace(LABEL, ''));
}
