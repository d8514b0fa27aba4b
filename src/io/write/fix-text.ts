import type { FixRef } from '../../core/findings';
import { fillTokens } from '../../core/library';
import type { FixSource } from '../../core/review/context';

/**
 * The text of a fixing clause as the library holds it, for a report on a draft we did not build:
 * there are no questionnaire answers to fill it with, so each placeholder shows as a bracketed
 * blank for the reader to complete ("[Party A]", "[returnDays]", "[Section: confidentiality]").
 * Takes the review's view of the library (a loaded Library is one); variants without text give none.
 */
export function libraryFixText(library: FixSource | undefined): (fix: FixRef) => string | undefined {
  return (fix) => {
    const variant: object | undefined = library?.clauses.find((c) => c.id === fix.clause)?.variants.find((v) => v.id === fix.variant);
    const text = variant && 'text' in variant && typeof variant.text === 'string' ? variant.text : undefined;
    if (!text) return undefined;
    return fillTokens(text, (token) => {
      if (token.kind === 'ref') return `[Section: ${token.clause}]`;
      if (token.kind === 'value') return token.name === 'A' || token.name === 'B' ? `[Party ${token.name}]` : `[${token.name}]`;
      return token.raw;
    });
  };
}
