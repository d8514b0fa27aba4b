/**
 * The paragraph structure of clause text: blocks separated by blank lines are numbered paragraphs;
 * a line starting "(a) " opens a sub-clause of the paragraph above it. Wrapped lines are joined.
 */
export interface TextBlock {
  level: 1 | 2;
  /** "(a)" for sub-clauses; numbered paragraphs get their label from the builder. */
  label?: string;
  text: string;
}

const SUB = /^\(([a-z]{1,4})\)\s+/;

export function layoutOf(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let current: TextBlock | null = null;
    for (const rawLine of chunk.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      const sub = SUB.exec(line);
      if (sub) {
        current = { level: 2, label: `(${sub[1]})`, text: line.slice(sub[0].length) };
        blocks.push(current);
      } else if (current) {
        current.text = `${current.text} ${line}`;
      } else {
        current = { level: 1, text: line };
        blocks.push(current);
      }
    }
  }
  return blocks;
}
