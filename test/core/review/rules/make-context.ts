// A review context from contract text through the engine's own reader and buildContext, so rule
// tests see the sentences, definitions and parties the engine really produces.
import type { Locale } from '../../../../src/core/i18n';
import type { FixSource, Party, Playbook, ReviewContext } from '../../../../src/core/review/context';
import { buildContext } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import type { TopicId } from '../../../../src/core/topics';

export interface ContextOptions {
  scenario?: ScenarioId;
  role?: RoleId;
  /** Topics to mark present or absent regardless of what topic detection found. */
  present?: TopicId[];
  absent?: TopicId[];
  playbook?: Playbook;
  library?: FixSource;
  parties?: Party[];
  locale?: Locale;
  /** Where our company is established, for drafts that do not say (the engine's default otherwise). */
  established?: string;
}

export function makeContext(text: string, opts: ContextOptions = {}): ReviewContext {
  const playbooks = opts.scenario && opts.role && opts.playbook ? { [opts.scenario]: { [opts.role]: opts.playbook } } : undefined;
  const { ctx } = buildContext(fromText(text), {
    ...(opts.scenario ? { scenario: opts.scenario } : {}),
    ...(opts.role ? { role: opts.role } : {}),
    ...(opts.library ? { library: opts.library } : {}),
    ...(playbooks ? { playbooks } : {}),
    locale: opts.locale ?? 'en',
    ...(opts.established ? { established: opts.established } : {}),
  });
  for (const id of opts.present ?? []) ctx.topics[id] = { ...ctx.topics[id], present: true };
  for (const id of opts.absent ?? []) ctx.topics[id] = { id, present: false, evidence: [] };
  if (opts.parties) ctx.parties = opts.parties;
  return ctx;
}
