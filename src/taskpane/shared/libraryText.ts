export { clauseTitle, lang, roleLabel, scenarioTitle, variantName, variantText } from '../../core/library/names';
