import type { Rule } from '../context';

/** Every finding rule, in the order findings are reported within a severity. */
export const RULES: Rule[] = [];
