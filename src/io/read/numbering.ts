import { formatNumber } from './number-format';
import type { NumRef, Styles } from './styles';
import { child, children, type El, onOff, val, wAttr } from './xml';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
  /** w:lvlRestart: 0 never restarts; k restarts when level k-1 or above is used; absent = any above. */
  restart?: number;
  pStyle?: string;
}

interface Num {
  abstractId: string;
  /** Levels a w:lvlOverride replaces or restarts (w:startOverride, or the start of a replacing w:lvl). */
  overrides: Map<number, Level>;
}

interface Abstract {
  levels: Level[];
  numStyleLink?: string;
}

/**
 * numbering.xml, and the counters Word keeps while it lays out the document.
 * As Word does (docx4j's startOverride fixture records what Word shows): every w:num of one
 * w:abstractNum counts in one shared sequence; a num's w:lvlOverride restarts that sequence at its
 * start value the first time the num is used, and the sequence then goes on from there whichever
 * num the next paragraph uses. Using a level resets the deeper levels, as w:lvlRestart allows.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, number>();
  private readonly started = new Set<string>();

  constructor(
    root: El | undefined,
    private readonly styles: Styles,
  ) {
    if (!root) return;
    for (const a of children(root, 'abstractNum')) {
      const id = wAttr(a, 'abstractNumId');
      if (id === undefined) continue;
      const levels: Level[] = [];
      for (const l of children(a, 'lvl')) {
        const ilvl = Number(wAttr(l, 'ilvl') ?? 0);
        if (ilvl >= 0 && ilvl < 9) levels[ilvl] = readLevel(l);
      }
      this.abstracts.set(id, { levels, numStyleLink: val(a, 'numStyleLink') });
    }
    for (const n of children(root, 'num')) {
      const id = wAttr(n, 'numId');
      const abstractId = val(n, 'abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, Level>();
      for (const o of children(n, 'lvlOverride')) {
        const ilvl = Number(wAttr(o, 'ilvl') ?? 0);
        const lvl = child(o, 'lvl');
        const startOverride = val(o, 'startOverride');
        if (!lvl && startOverride === undefined) continue;
        const base = lvl ? readLevel(lvl) : this.abstractLevels(abstractId)[ilvl];
        if (!base) continue;
        overrides.set(ilvl, startOverride === undefined ? base : { ...base, start: startValue(startOverride) });
      }
      this.nums.set(id, { abstractId, overrides });
    }
  }

  /**
   * Count one numbered paragraph and return its label, or undefined when it is not numbered.
   * `direct` is the paragraph's own w:numPr; numbering may also come from its style.
   */
  next(direct: NumRef | undefined, styleId: string | undefined): string | undefined {
    const fromStyle = this.styles.inherited(styleId, (s) => s.numPr);
    const numId = direct?.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const levels = this.levels(num);
    const ilvl =
      direct?.ilvl ??
      fromStyle?.ilvl ??
      Math.max(0, styleId ? levels.findIndex((l) => l?.pStyle === styleId) : 0);
    const level = levels[ilvl];
    if (!level) return undefined;

    const key = (i: number): string => `${num.abstractId}:${i}`;
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, l] of num.overrides) this.counters.set(key(i), l.start - 1);
    }
    const current = this.counters.get(key(ilvl));
    this.counters.set(key(ilvl), current === undefined ? level.start : current + 1);
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const r = levels[deeper]?.restart;
      if (r === undefined || (r !== 0 && ilvl < r)) this.counters.delete(key(deeper));
    }

    if (level.numFmt === 'bullet') return bullet(level.lvlText);
    // Trimmed: some templates pad the text ("%1. "), and Word follows the label with a tab anyway.
    const label = level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const l = levels[i];
      if (!l) return '';
      const n = this.counters.get(key(i)) ?? l.start;
      return formatNumber(n, level.isLgl && i < ilvl ? 'decimal' : l.numFmt);
    });
    return label.trim() || undefined;
  }

  private levels(num: Num): (Level | undefined)[] {
    const base = this.abstractLevels(num.abstractId);
    return Array.from({ length: 9 }, (_, i) => num.overrides.get(i) ?? base[i]);
  }

  /** An abstractNum's levels, following a numStyleLink to the abstractNum that holds them. */
  private abstractLevels(abstractId: string, depth = 0): Level[] {
    const a = this.abstracts.get(abstractId);
    if (!a) return [];
    if (a.numStyleLink && depth < 3) {
      const linked = this.styles.listStyle(a.numStyleLink)?.numId;
      const target = linked === undefined ? undefined : this.nums.get(linked)?.abstractId;
      if (target !== undefined && target !== abstractId) return this.abstractLevels(target, depth + 1);
    }
    return a.levels;
  }
}

/**
 * Bounds on what a numbering part may ask for, far above any real list: a start value of two
 * billion in letters would be a label of 77 million characters, and a level text of thousands
 * of "%1" would repeat the number in every paragraph.
 */
const MAX_START = 1_000_000;
const MAX_LEVEL_TEXT = 100;

/** A start value as a whole number within bounds; what is not a number starts at 0, as Word does. */
function startValue(raw: string | undefined): number {
  const n = Math.trunc(Number(raw ?? 0));
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_START) : 0;
}

function readLevel(l: El): Level {
  const restart = val(l, 'lvlRestart');
  return {
    start: startValue(val(l, 'start')),
    numFmt: val(l, 'numFmt') ?? 'decimal',
    lvlText: (val(l, 'lvlText') ?? '').slice(0, MAX_LEVEL_TEXT),
    isLgl: onOff(l, 'isLgl'),
    restart: restart === undefined ? undefined : Number(restart),
    pStyle: val(l, 'pStyle'),
  };
}

/** Symbol-font bullets live in the private use area; show the character Word draws. */
function bullet(text: string): string {
  const code = text.charCodeAt(0);
  if (code >= 0xf000 && code <= 0xf0ff) return ({ 0xf0a7: '▪', 0xf0d8: '➢', 0xf0fc: '✓' } as Record<number, string>)[code] ?? '•';
  return text;
}
