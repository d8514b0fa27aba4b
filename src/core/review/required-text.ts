import { builtRequiredText } from './built-required-text';
/**
 * Words a regular expression cannot match without: a set of strings of which every match contains
 * at least one ("exclusive" for /\bexclusive\s+licen[cs]e/i, "efforts", "endeavors" or "endeavours"
 * for /reasonable\s+(efforts|endeavou?rs)/i). A sentence holding none of them cannot match, so the
 * review finds the few sentences worth running a pattern on with a plain text search, which is far
 * cheaper than running the pattern over every sentence. Read from the pattern's source, so it holds
 * for every pattern without anyone keeping a word list beside it; where the source says too little
 * (a word of any letters, a backreference) there is no set and the pattern runs everywhere.
 */

/** What a part of a pattern matches: exactly one of `exact` (when known), and text holding one of `req`. */
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

const UNKNOWN: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };
/** Bounds that keep the sets small: past them a part counts as unknown, which is always safe. */
const MAX_SET = 32;
/** A single character is in nearly every sentence: no use as a required word. */
const MIN_LENGTH = 2;

/** Lower-cased required strings, or null; with `caseless`, search the lower-cased text. */
export interface Required {
  words: string[];
  caseless: boolean;
}

const cache = new WeakMap<RegExp, Required | null>();
let built: ReadonlyMap<string, Required | null> | null | undefined;

/** The key a pattern has in the table made at build time (built-required-text.ts). */
export function requiredTextKey(re: RegExp): string {
  return `${re.flags}/${re.source}`;
}

export function requiredText(re: RegExp): Required | null {
  let found = cache.get(re);
  if (found === undefined) {
    if (built === undefined) built = builtRequiredText();
    // The table lists a pattern that needs no word as null: asked with `has`, that answer is kept
    // rather than worked out again from the source.
    const key = requiredTextKey(re);
    found = built?.has(key) ? (built.get(key) ?? null) : read(re);
    cache.set(re, found);
  }
  return found;
}

function read(re: RegExp): Required | null {
  // Unicode case folding ("ſ" matches "s") is not what toLowerCase does; sticky matching is positional.
  if (re.sticky || (re.ignoreCase && (re.unicode || re.flags.includes('v')))) return null;
  const parser = new Parser(re.source, re.ignoreCase);
  let info: Info;
  try {
    info = parser.disjunction();
    if (parser.i !== re.source.length) return null;
  } catch {
    return null;
  }
  const words = best(info.req, info.exact);
  if (!words || score(words) < MIN_LENGTH) return null;
  // A word that holds another adds nothing: "exclusively" is found wherever "exclusive" is.
  const kept = [...new Set(words)].filter((w, _, all) => !all.some((o) => o !== w && w.includes(o)));
  return { words: kept, caseless: re.ignoreCase };
}

function score(set: string[] | null): number {
  if (!set || set.length === 0) return -1;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function best(a: string[] | null, b: string[] | null): string[] | null {
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a && b ? (a.length <= b.length ? a : b) : (a ?? b);
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

/**
 * A character that matches only itself in the searched text: any character of a case-sensitive
 * pattern; ignoring case, one whose lower case is what toLowerCase gives for every character the
 * pattern matches (ASCII, and general punctuation and CJK, which have no case).
 */
function literal(c: string, caseless: boolean): string | null {
  if (!caseless) return c;
  const code = c.charCodeAt(0);
  const plain = code < 0x80 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef);
  return plain ? c.toLowerCase() : null;
}

class Parser {
  i = 0;
  constructor(
    private readonly src: string,
    private readonly caseless: boolean,
  ) {}

  disjunction(): Info {
    const alternatives = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    let exact: string[] | null = [];
    let req: string[] | null = [];
    for (const a of alternatives) {
      exact = exact && a.exact && exact.length + a.exact.length <= MAX_SET ? [...exact, ...a.exact] : null;
      const words = best(a.req, a.exact);
      req = req && words && score(words) > 0 ? [...req, ...words] : null;
    }
    return { exact, req: req && req.length <= MAX_SET * 2 ? req : null };
  }

  private alternative(): Info {
    let run: string[] | null = [''];
    let exactAll: string[] | null = [''];
    let req: string[] | null = null;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.quantified(this.atom());
      exactAll = exactAll && term.exact ? product(exactAll, term.exact) : null;
      const joined: string[] | null = run && term.exact ? product(run, term.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      req = best(best(req, run), term.req);
      run = term.exact ?? [''];
    }
    return { exact: exactAll, req: best(req, run) };
  }

  private quantified(atom: Info): Info {
    const rest = this.src.slice(this.i);
    let min: number;
    let max: number;
    const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(rest);
    if (rest[0] === '*') [min, max] = [0, Infinity];
    else if (rest[0] === '+') [min, max] = [1, Infinity];
    else if (rest[0] === '?') [min, max] = [0, 1];
    else if (braces) [min, max] = [Number(braces[1]), braces[2] ? (braces[3] ? Number(braces[3]) : Infinity) : Number(braces[1])];
    else return atom;
    this.i += braces ? braces[0].length : 1;
    if (this.src[this.i] === '?') this.i++;
    if (min === 0) return { exact: max === 1 && atom.exact && atom.exact.length < MAX_SET ? [...atom.exact, ''] : null, req: null };
    if (min === 1 && max === 1) return atom;
    return { exact: null, req: best(atom.req, atom.exact) };
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return UNKNOWN;
    if (c === '*' || c === '+' || c === '?') throw new Error('nothing to repeat');
    return this.char(c);
  }

  private char(c: string): Info {
    const l = literal(c, this.caseless);
    return l === null ? UNKNOWN : { exact: [l], req: null };
  }

  private group(): Info {
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) [this.i, look] = [this.i + 2, true];
    else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) [this.i, look] = [this.i + 3, true];
    else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
    else if (this.src[this.i] === '?') throw new Error('unknown group');
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    // A lookaround consumes nothing: the text a match takes stays one run either side of it.
    return look ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.src[this.i++]!;
    if (c === 'b' || c === 'B') return EMPTY;
    const code = this.escapedChar(c);
    return code === null ? UNKNOWN : this.char(code);
  }

  /** The character an escape stands for, or null for a class or a backreference. */
  private escapedChar(c: string): string | null {
    // Classes, backreferences, octal and control escapes: never needed here, so never guessed at.
    // A property (\p{Lu}), a code point (\u{41}) or a named backreference (\k<name>) is one atom:
    // its braces or name are consumed with it, never read as literal text that follows.
    const close = c === 'k' && this.src[this.i] === '<' ? '>' : 'pPu'.includes(c) && this.src[this.i] === '{' ? '}' : null;
    if (close) {
      const end = this.src.indexOf(close, this.i);
      if (end < 0) throw new Error('unclosed escape');
      this.i = end + 1;
      return null;
    }
    if ('dDwWsSpPk'.includes(c) || /[0-9c]/.test(c)) return null;
    const hex = c === 'u' ? /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i)) : c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i)) : null;
    if (c === 'u' || c === 'x') {
      if (!hex) return null;
      this.i += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f' };
    return controls[c] ?? c;
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++]!;
      if (c === '\\') {
        const e = this.src[this.i++]!;
        const code = e === 'b' ? '\b' : e === '-' ? '-' : this.escapedChar(e);
        if (code === null) {
          known = false;
          continue;
        }
        c = code;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++]!;
        if (to === '\\') {
          const e = this.escapedChar(this.src[this.i++]!);
          if (e === null) {
            known = false;
            continue;
          }
          to = e;
        }
        const span = to.charCodeAt(0) - c.charCodeAt(0);
        if (span < 0 || span > 10) known = false;
        else for (let k = 0; k <= span; k++) chars.add(String.fromCharCode(c.charCodeAt(0) + k));
        continue;
      }
      chars.add(c);
    }
    if (this.src[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    if (!known || chars.size === 0 || chars.size > 10) return UNKNOWN;
    const out = new Set<string>();
    for (const c of chars) {
      const l = literal(c, this.caseless);
      if (l === null) return UNKNOWN;
      out.add(l);
    }
    return { exact: [...out], req: null };
  }
}
