import type { RenderedSchedule, RenderedTerms } from './rendered';
import { BuildError } from './values';

/** A line to sign or date on, where a signature block has no value. */
const RULE = '____________________________';

/** Plain text: the title in capitals, recitals, numbered sections, sub-clauses indented, signatures. */
export function toText(terms: RenderedTerms): string {
  return `${textLines(terms).join('\n').trimEnd()}\n`;
}

/** As toText, with each English paragraph followed by its Chinese text: the two read side by side, line by line. */
export function toBilingualText(en: RenderedTerms, zh: RenderedTerms): string {
  return `${zipped(textLines(en), textLines(zh)).join('\n').trimEnd()}\n`;
}

/** Two renderings of one agreement, line for line; a blank line stays one blank line. */
function zipped(en: string[], zh: string[]): string[] {
  if (en.length !== zh.length) throw new BuildError('The English and Chinese texts of this agreement do not have the same paragraphs.');
  return en.flatMap((line, i) => (line === '' ? [''] : [line, zh[i]!]));
}

function textLines(terms: RenderedTerms): string[] {
  const lines: string[] = [terms.title.toUpperCase(), ''];
  for (const p of terms.preamble) lines.push(p, '');
  if (terms.recitals) {
    lines.push(terms.recitals.title.toUpperCase(), '');
    for (const p of terms.recitals.paragraphs) lines.push(`${p.label} ${p.text}`, '');
    lines.push(terms.recitals.agree, '');
  }
  for (const clause of terms.clauses) {
    lines.push(`${clause.number}. ${clause.title}`, '');
    for (const p of clause.paragraphs) lines.push(p.level === 1 ? `${p.label} ${p.text}` : `    ${p.label} ${p.text}`);
    lines.push('');
  }
  if (terms.signing) {
    lines.push(terms.signing.intro, '');
    for (const block of terms.signing.blocks) {
      lines.push(block.heading, '');
      for (const line of block.lines) lines.push(`${line.label}: ${line.value || RULE}`);
      lines.push('');
    }
  }
  for (const schedule of terms.schedules ?? []) {
    lines.push(schedule.title.toUpperCase(), '', ...schedule.intro.flatMap((p) => [p, '']));
    // A table does not survive plain text: a labelled row is "Label: value", any other a block of "Heading: value" lines.
    for (const row of schedule.rows) lines.push(...scheduleRowLines(schedule, row), '');
  }
  return lines;
}

/** A schedule row as plain lines: "Test plan: ..." for a labelled row, else "Heading: value" per filled cell. */
export function scheduleRowLines(schedule: RenderedSchedule, row: readonly string[]): string[] {
  if (schedule.labelled) return [`${row[0] ?? ''}: ${row.slice(1).join(' ')}`];
  return row.flatMap((cell, i) => (cell ? [`${schedule.columns[i]}: ${cell}`] : []));
}

/** Markdown: a heading per section, bold paragraph numbers, sub-clauses as an indented list. */
export function toMarkdown(terms: RenderedTerms): string {
  return `${markdownLines(terms).join('\n').trimEnd()}\n`;
}

function markdownLines(terms: RenderedTerms): string[] {
  const lines: string[] = [`# ${escape(terms.title)}`, ''];
  for (const p of terms.preamble) lines.push(escape(p), '');
  if (terms.recitals) {
    lines.push(`## ${escape(terms.recitals.title)}`, '');
    for (const p of terms.recitals.paragraphs) lines.push(`**${escape(p.label)}** ${escape(p.text)}`, '');
    lines.push(escape(terms.recitals.agree), '');
  }
  for (const clause of terms.clauses) {
    lines.push(`## ${clause.number}. ${escape(clause.title)}`, '');
    clause.paragraphs.forEach((p, i) => {
      const next = clause.paragraphs[i + 1];
      if (p.level === 1) lines.push(`**${p.label}** ${escape(p.text)}`, ...(next?.level === 2 ? [] : ['']));
      else lines.push(`- ${p.label} ${escape(p.text)}`, ...(next?.level === 2 ? [] : ['']));
    });
  }
  if (terms.signing) {
    lines.push(escape(terms.signing.intro), '');
    for (const block of terms.signing.blocks) {
      lines.push(`**${escape(block.heading)}**`, '');
      for (const line of block.lines) lines.push(`${escape(line.label)}: ${line.value ? escape(line.value) : escape(RULE)}  `);
      lines.push('');
    }
  }
  for (const schedule of terms.schedules ?? []) {
    lines.push(`## ${escape(schedule.title)}`, '', ...schedule.intro.flatMap((p) => [escape(p), '']));
    lines.push(`| ${schedule.columns.map(escape).join(' | ')} |`, `|${schedule.columns.map(() => ' --- |').join('')}`);
    for (const row of schedule.rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
    lines.push('');
  }
  return lines;
}

/** Keeps contract text from turning into markdown syntax. */
function escape(s: string): string {
  return s.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}
