/**
 * Which of many words occur anywhere in a text, in one pass over its characters (an Aho–Corasick
 * automaton). The topic cues' 150 words were found with one pattern tried at every position, most
 * of the topic detector's time; a table step per character finds the same words for a fraction of it.
 */
export interface WordAutomaton {
  /** Sets `present[id]` to 1 for every word id that occurs in `text` (or every slot `marks` gives the word); leaves the rest as they were. */
  mark(text: string, present: Uint8Array): void;
}

/**
 * `marks`, where given, are the slots each word sets in place of its own id (several words may share
 * one): a caller that asks only which groups of words occur reads one slot per group.
 */
export function wordAutomaton(words: readonly string[], marks?: readonly (readonly number[])[]): WordAutomaton {
  // Characters that occur in some word get a column each; every other character is column 0.
  const columns = new Map<number, number>();
  for (const w of words) for (let i = 0; i < w.length; i++) if (!columns.has(w.charCodeAt(i))) columns.set(w.charCodeAt(i), columns.size + 1);
  const width = columns.size + 1;
  const ascii = new Uint16Array(128);
  for (const [code, col] of columns) if (code < 128) ascii[code] = col;

  // The trie: child links per state, and the ids of the words that end at each state.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  words.forEach((w, id) => {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const col = columns.get(w.charCodeAt(i))!;
      let next = children[s]!.get(col);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[s]!.set(col, next);
      }
      s = next;
    }
    ends[s]!.push(...(marks ? marks[id]! : [id]));
  });

  // Breadth first, each state's missing steps are those of its longest proper suffix in the trie, and
  // it ends every word that suffix ends.
  const step = new Int32Array(children.length * width);
  const suffix = new Int32Array(children.length);
  const queue: number[] = [];
  for (const [col, child] of children[0]!) {
    step[col] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    // Each slot once per state: with marks, a state's words and its suffix's often share one.
    ends[s] = [...new Set([...ends[s]!, ...ends[suffix[s]!]!])];
    for (let col = 0; col < width; col++) {
      const child = children[s]!.get(col);
      if (child === undefined) {
        step[s * width + col] = step[suffix[s]! * width + col]!;
      } else {
        step[s * width + col] = child;
        suffix[child] = step[suffix[s]! * width + col]!;
        queue.push(child);
      }
    }
  }
  const found: (readonly number[] | undefined)[] = ends.map((e) => (e.length > 0 ? e : undefined));

  return {
    mark(text: string, present: Uint8Array): void {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        s = step[s * width + (code < 128 ? ascii[code]! : (columns.get(code) ?? 0))]!;
        const ids = found[s];
        if (ids !== undefined) for (let k = 0; k < ids.length; k++) present[ids[k]!] = 1;
      }
    },
  };
}
