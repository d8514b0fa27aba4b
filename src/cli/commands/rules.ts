import { t, type MessageKey } from '../../core/i18n';
import { kindOfRule, OPT_IN_RULE_IDS, RULE_INFO } from '../../core/review/rules';
import type { CliIO } from '../io';
import { cliLocale, EXIT } from '../io';
import { parseJsonFlag } from './library';

/** `clausewright rules [--json]`: the review's finding rules as the registry describes them. */
export async function runRules(argv: string[], io: CliIO): Promise<number> {
  const locale = cliLocale();
  const json = parseJsonFlag(argv, locale);
  const rules = RULE_INFO.map((r) => ({
    id: r.id,
    kind: kindOfRule(r.id),
    ...(r.topic ? { topic: r.topic } : {}),
    severity: r.severity,
    default: OPT_IN_RULE_IDS.includes(r.id) ? ('off' as const) : ('on' as const),
    title: t(locale, `rules.title.${r.id}` as MessageKey),
  }));
  if (json) {
    io.out(`${JSON.stringify({ version: 1, rules })}\n`);
    return EXIT.ok;
  }
  const lines = rules.map((r) => {
    const topic = r.topic ? t(locale, `review.topic.${r.topic}` as MessageKey) : t(locale, r.kind === 'missing' ? 'cli.rules.topic.missing' : 'cli.rules.topic.clause');
    const severity = t(locale, `review.engine.severity.${r.severity}` as MessageKey);
    return [`${r.id}  ${r.title}`, `  ${r.kind} · ${topic} · ${severity} · ${t(locale, `cli.rules.default.${r.default}`)}`].join('\n');
  });
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
