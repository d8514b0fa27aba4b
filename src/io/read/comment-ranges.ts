/** Where a comment's range sits in the stream of commented text (end unset while open). */
export interface CommentAnchor<P> {
  para?: P;
  start: number;
  end?: number;
}

/** Text kept per comment anchor: enough to recognise the passage, bounded however far the range runs. */
const MAX_ANCHOR_CHARS = 1000;

/**
 * The comment ranges of a part as it is read, each with the paragraph it starts in and its text.
 * The text read while any range is open is kept once, as chunks, and each anchor keeps offsets
 * into it, so a run costs the same however many ranges are open (appending to each was quadratic).
 */
export class CommentRanges<P> {
  readonly anchors = new Map<string, CommentAnchor<P>>();
  /** Ranges opened between paragraphs: they anchor in the next one. */
  private waiting: CommentAnchor<P>[] = [];
  private chunks: string[] = [];
  private length = 0;
  private open = 0;
  private joined?: string;

  /** Text as it is read; kept only while a range is open. */
  text(text: string): void {
    if (this.open === 0) return;
    this.chunks.push(text);
    this.length += text.length;
    this.joined = undefined;
  }

  /** A range starts, in `para` or, between paragraphs, in the next one to start. */
  start(id: string, para: P | undefined): void {
    this.close(this.anchors.get(id));
    const anchor: CommentAnchor<P> = { para, start: this.length };
    this.anchors.set(id, anchor);
    this.open++;
    if (!para) this.waiting.push(anchor);
  }

  end(id: string): void {
    this.close(this.anchors.get(id));
  }

  /** A comment referenced without a range: it anchors, empty, where the reference is. */
  reference(id: string, para: P): void {
    if (!this.anchors.has(id)) this.anchors.set(id, { para, start: 0, end: 0 });
  }

  /** A paragraph starts: ranges opened before it anchor here. */
  paragraph(para: P): void {
    for (const anchor of this.waiting) anchor.para = para;
    if (this.waiting.length) this.waiting = [];
  }

  /** The text a comment is anchored to, paragraphs separated by newlines, cut to MAX_ANCHOR_CHARS. */
  anchorText(anchor: CommentAnchor<P>): string {
    this.joined ??= this.chunks.join('');
    const end = Math.min(anchor.end ?? this.length, anchor.start + MAX_ANCHOR_CHARS);
    return this.joined.slice(anchor.start, end);
  }

  private close(anchor: CommentAnchor<P> | undefined): void {
    if (!anchor || anchor.end !== undefined) return;
    anchor.end = this.length;
    this.open--;
  }
}
