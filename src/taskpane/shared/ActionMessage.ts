import type { MessageKey, MessageParams } from '../../core/i18n';
import type { HostMessage, HostResult } from '../../host/types';

/** The outcome of something the user asked for, said in a catalog message. */
export interface ActionMessage {
  intent: 'success' | 'warning' | 'error';
  key: MessageKey;
  params?: MessageParams;
  /** What else the host said: a note beside a change made, or what it changed anyway before it stopped. */
  more?: readonly HostMessage[];
}

/**
 * What to tell the user of a host's answer. Its notes and its list of what was changed anyway are
 * said with it: "Track Changes was not set back", "conform the Chinese of Section 7", "the two
 * paragraphs inserted were deleted" are what the user must act on or may rely on. A success with a
 * note is a warning, so it is not read as nothing to do.
 */
export function outcome<T>(result: HostResult<T>, ok: (value: T) => ActionMessage | null): ActionMessage | null {
  if (!result.ok) return withMore({ intent: 'error', key: result.error.key, params: result.error.params }, result.done);
  const said = ok(result.value);
  if (!said || result.notes.length === 0) return said;
  return withMore({ ...said, intent: said.intent === 'success' ? 'warning' : said.intent }, result.notes);
}

const withMore = (said: ActionMessage, more: readonly HostMessage[]): ActionMessage => (more.length > 0 ? { ...said, more } : said);
