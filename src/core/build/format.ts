import type { RenderedTerms } from './rendered';

/** Plain text: the title in capitals, numbered sections, sub-clauses indented. */
export function toText(terms: RenderedTerms): string {
  const lines: string[] = [terms.title.toUpperCase(), ''];
  for (const p of terms.preamble) lines.push(p, '');
  for (const clause of terms.clauses) {
    lines.push(`${clause.number}. ${clause.title}`, '');
    for (const p of clause.paragraphs) lines.push(p.level === 1 ? `${p.label} ${p.text}` : `    ${p.label} ${p.text}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Markdown: a heading per section, bold paragraph numbers, sub-clauses as an indented list. */
export function toMarkdown(terms: RenderedTerms): string {
  const lines: string[] = [`# ${escape(terms.title)}`, ''];
  for (const p of terms.preamble) lines.push(escape(p), '');
  for (const clause of terms.clauses) {
    lines.push(`## ${clause.number}. ${escape(clause.title)}`, '');
    clause.paragraphs.forEach((p, i) => {
      const next = clause.paragraphs[i + 1];
      if (p.level === 1) lines.push(`**${p.label}** ${escape(p.text)}`, ...(next?.level === 2 ? [] : ['']));
      else lines.push(`- ${p.label} ${escape(p.text)}`, ...(next?.level === 2 ? [] : ['']));
    });
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Keeps contract text from turning into markdown syntax. */
function escape(s: string): string {
  return s.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}
