/** Limits on what a reader accepts: kept apart from the zip reader so a .txt file is read without it. */
export interface ReadLimits {
  /** Largest .docx file; its media is never inflated, but the file is held in memory. */
  maxFileBytes: number;
  /** Largest main document part, uncompressed (and largest .txt file). */
  maxDocumentBytes: number;
  /** Largest other part (styles, numbering, notes, comments, properties), uncompressed. */
  maxPartBytes: number;
  /** Largest total of all parts we inflate. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for a part above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most parts a package may hold; Word writes a few dozen, media included. */
  maxEntries: number;
  /** Most characters of text a document (.docx or .txt) may hold: what one review reads within its time and memory. */
  maxTextChars: number;
}

const MB = 1024 * 1024;

/**
 * A 1,000-page contract is about 10 MB of document XML; twice that reads in seconds, not minutes.
 * Its other parts are far smaller (under 0.5 MB in every .docx of our test corpus), so 8 MB each
 * leaves room for any real document while keeping a read well inside 512 MB of memory.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * MB,
  maxDocumentBytes: 20 * MB,
  maxPartBytes: 8 * MB,
  maxTotalBytes: 48 * MB,
  maxRatio: 200,
  ratioFloorBytes: 4 * MB,
  maxEntries: 10_000,
  // About 2,000 pages of 2,000 characters; 3.9 million characters of clauses review in 0.8 s.
  maxTextChars: 4_000_000,
};
