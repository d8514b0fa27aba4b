import type { Host } from '../../host/types';

/**
 * The draft as the review reads it: tracked changes accepted, so that what is exported, listed or
 * fixed afterwards quotes the same words and finds the same clause boundaries as the findings.
 */
export function readDraft(host: Host) {
  return host.readDocument({ revisions: true });
}
