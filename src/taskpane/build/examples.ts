import type { Answers } from '../../core/build';
import { getAt, setAt } from './draft';

const PARTY_FIELDS = ['name', 'shortName', 'jurisdiction'] as const;
/** A saved draft may share a jurisdiction with the example ("Germany"); only a company is the example's. */
const COMPANY_FIELDS = ['name', 'shortName'] as const;
/** Free-text answers that go into clause text as written. */
const TEXT_FIELDS = ['purpose', 'samples', 'field', 'products', 'exclusivity.customers'] as const;

/**
 * A scenario preset is an example deal between invented companies. Its parties, and any text that
 * names them ("Nordhavn's storage systems"), must never reach real terms: they are blanked here so
 * the builder refuses to build until the user gives their own, and the Questionnaire shows the
 * preset's words only as placeholder text.
 */
export function freshAnswers(preset: Answers): Answers {
  return withoutExamples(preset, preset, PARTY_FIELDS);
}

/** A draft saved by an older version may still hold the example company: it goes the same way. */
export function withoutExamples(answers: Answers, preset: Answers, partyFields: readonly string[] = COMPANY_FIELDS): Answers {
  const names = [preset.parties.us, preset.parties.them]
    .flatMap((p) => [p.name, p.shortName])
    .filter((n) => n.trim().length > 1)
    .map((n) => n.toLowerCase());
  let out = answers;
  for (const side of ['us', 'them'] as const)
    for (const field of partyFields) {
      const path = `parties.${side}.${field}`;
      if (getAt(out, path) === getAt(preset, path)) out = setAt(out, path, '');
    }
  for (const path of TEXT_FIELDS) {
    const value = getAt(out, path);
    if (typeof value === 'string' && names.some((n) => value.toLowerCase().includes(n))) out = setAt(out, path, '');
  }
  return out;
}

/** The preset's answer at a path, shown as "e.g. …" in an empty field. */
export function exampleAt(preset: Answers | null, path: string): string | undefined {
  const value = getAt(preset, path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
