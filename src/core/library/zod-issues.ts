import type { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n';

/**
 * Turns a zod issue into a catalog message. Schemas in library/ and build/ give catalog keys as
 * their error text; issues zod raises on its own (a missing field, an unknown key) map by code.
 */
export function issueMessage(issue: z.core.$ZodIssue): { key: MessageKey; params: MessageParams } {
  const raw = issue as z.core.$ZodIssue & { input?: unknown; values?: unknown[]; keys?: string[] };
  const missing = issue.code === 'invalid_type' && raw.input === undefined;
  const params: MessageParams = {
    value: 'input' in raw ? shortValue(raw.input) : '',
    values: (raw.values ?? []).map(String).join(', '),
    keys: (raw.keys ?? []).join(', '),
  };
  // A question's own message says what to give, which helps more than "missing"; a library
  // field's message describes a wrong value, so there "missing" is clearer.
  if (missing && !issue.message.startsWith('build.')) return { key: 'library.zod.missing', params };
  if (/^(library|build)\.[\w.]+$/.test(issue.message)) return { key: issue.message as MessageKey, params };
  // A record key (a glossary term) that fails its schema: zod nests that schema's message inside.
  const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
  if (inner && /^library\.[\w.]+$/.test(inner)) return { key: inner as MessageKey, params };
  switch (issue.code) {
    case 'unrecognized_keys':
      return { key: 'library.zod.unknownKey', params };
    case 'invalid_value':
      return { key: 'library.zod.oneOf', params };
    case 'invalid_type':
      return { key: EXPECTED[issue.expected] ?? 'library.zod.type', params };
    default:
      return { key: 'library.zod.invalid', params };
  }
}

/** What a field should have been, in a reader's words rather than a type name. */
const EXPECTED: Partial<Record<string, MessageKey>> = {
  object: 'library.zod.expected.object',
  array: 'library.zod.expected.array',
  string: 'library.zod.expected.string',
  number: 'library.zod.expected.number',
  int: 'library.zod.expected.number',
  boolean: 'library.zod.expected.boolean',
};

function shortValue(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A zod path as a reader would write it: "variants[2].note.zh.risk". */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
