// The words every regular-expression literal of the review engine needs (src/core/review/required-text.ts),
// worked out when the command line is built so its first review need not read a hundred patterns' sources.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { requiredText, requiredTextKey, type Required } from '../src/core/review/required-text';
import { escapeNonAscii } from './ascii';

function literals(dir: string): RegExp[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return literals(full);
    if (!e.name.endsWith('.ts')) return [];
    const sf = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const out: RegExp[] = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push(new RegExp(text.slice(1, slash), text.slice(slash + 1)));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return out;
  });
}

/**
 * Key (flags and source) to words for every literal, null where it needs none (left out, such a
 * pattern was read again on a process's first review); a pattern not listed is read at run time.
 */
export function requiredTextTable(dir = path.resolve(__dirname, '../src/core/review')): Record<string, Required | null> {
  const table: Record<string, Required | null> = {};
  for (const re of literals(dir)) table[requiredTextKey(re)] = requiredText(re);
  return table;
}

/**
 * The table as the bundle looks patterns up: keyed by the source its literals have there, Chinese
 * escaped (scripts/build-cli.ts). Keyed by the source as written, no pattern with Chinese in it was
 * found and each was read again on a process's first review.
 */
export function bundledRequiredTextTable(dir?: string): Record<string, Required | null> {
  return Object.fromEntries(Object.entries(requiredTextTable(dir)).map(([key, words]) => [escapeNonAscii(key), words]));
}
