/**
 * The document as every reader hands it to core: Word (host/word), a .docx (io) or plain text.
 * Paragraph indexes are positions in reading order and are what findings cite.
 */
export interface TablePosition {
  table: number;
  row: number;
  cell: number;
}

export interface ContentControlRef {
  tag?: string;
  title?: string;
}

/**
 * A stretch of a paragraph's text that Word shows in bold, italics or underlined: the runs' own
 * formatting over their character and paragraph styles and the document's defaults.
 */
export interface TextEmphasis {
  start: number;
  end: number;
  bold?: true;
  italic?: true;
  underline?: true;
}

export interface DocParagraph {
  /** Position in reading order, 0-based; stable for one read of one document. */
  index: number;
  /** The text as it reads with all tracked changes accepted; field results, not codes. */
  text: string;
  /** Style name as Word shows it, e.g. "Heading 1", "List Paragraph". */
  style?: string;
  /** 1..9 for headings (style or outline level); absent for body text. */
  headingLevel?: number;
  /** The list label Word would show: "1.", "4.2", "(a)", "(iv)", "Article 2". */
  listLabel?: string;
  table?: TablePosition;
  contentControl?: ContentControlRef;
  /** Where the text is bold, italic or underlined, in order; absent when none of it is. */
  emphasis?: TextEmphasis[];
  /** In a text box, drawn apart from the body's numbered flow: a fix for it goes in beside the box, unnumbered. */
  textBox?: true;
  /** Its mark ends a part of the page layout (a .docx section break): nothing goes in after it. */
  sectionEnd?: true;
}

export interface DocRevision {
  kind: 'insertion' | 'deletion';
  author?: string;
  date?: string;
  /** Index of the paragraph the change sits in. */
  paragraph: number;
  text: string;
}

export interface DocComment {
  id: string;
  author?: string;
  date?: string;
  text: string;
  /** Paragraph of the comment's anchor, when it has one. */
  paragraph?: number;
  anchorText?: string;
}

/**
 * What the document records about a clause we inserted, keyed by its content-control tag: the
 * values it was filled with (so the library text can be rendered again for drift checks) and a
 * fingerprint per paragraph (to find it again if its control is lost).
 */
export interface DocClauseRecord {
  clauseId: string;
  variantId: string;
  version: string;
  title: string;
  values: Record<string, string>;
  fingerprints: string[];
  /**
   * Put in by a fix as a tracked change: a proposal until accepted. When its text is gone, the
   * change was rejected (or the clause deleted), and the draft never held our clause.
   */
  proposed?: true;
}

export interface DocModel {
  paragraphs: DocParagraph[];
  revisions?: DocRevision[];
  comments?: DocComment[];
  /** Footnotes and endnotes, as their own stream (indexes local to this list). */
  notes?: DocParagraph[];
  /** Core document properties when known (title, subject, keywords, custom ones). */
  properties?: Record<string, string>;
  /** Our clause records, keyed by clause tag, when the document carries them (a custom XML part). */
  clauseRecords?: Record<string, DocClauseRecord>;
}
