import { t } from '../../core/i18n';
import type { CliIO } from '../io';
import { cliLocale, EXIT } from '../io';
import { parseJsonFlag, requireLibrary } from './library';

/** `clausewright scenarios [--json]`: the deal presets, with our possible roles in users' words. */
export async function runScenarios(argv: string[], io: CliIO): Promise<number> {
  const locale = cliLocale();
  const json = parseJsonFlag(argv, locale);
  const library = requireLibrary(io, locale);
  if (!library) return EXIT.badInput;
  if (json) {
    const scenarios = library.scenarios.map(({ id, title, summary, roles, playbook }) => ({ id, title, summary, roles, playbook }));
    io.out(`${JSON.stringify({ version: 1, scenarios })}\n`);
    return EXIT.ok;
  }
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const lines: string[] = [];
  for (const s of library.scenarios) {
    lines.push(`${s.id}  ${s.title[lang]}`, `  ${s.summary[lang]}`);
    for (const r of s.roles) lines.push(`  ${t(locale, 'library.cli.role', { id: r.id, label: r.label[lang] })}`);
    lines.push('');
  }
  lines.push(t(locale, 'library.cli.scenariosHint'));
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
