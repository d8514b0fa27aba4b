export { clauseTitle, lang, roleLabel, scenarioTitle, variantText } from '../../core/library/names';

/** A variant has only an id ("running-royalty"); read as words it is "Running royalty". */
export function variantName(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
