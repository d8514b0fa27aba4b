/**
 * Finding rules that are off unless the user or the organisation's library switches them on: style
 * points real drafts have by the dozen. A module of its own, so Settings can list them without
 * loading the rules.
 */
export const OPT_IN_RULE_IDS: readonly string[] = ['drafting.shall-style'];
