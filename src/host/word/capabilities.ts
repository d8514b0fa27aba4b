import type { HostCapabilities, HostMessage } from '../types';
import type { WordApi } from './api';

/** Asked of Word at run time; a host that throws on the question is treated as not offering the set. */
export function wordCapabilities(requirements: WordApi['requirements']): HostCapabilities {
  const has = (version: string) => {
    try {
      return requirements.isSetSupported('WordApi', version);
    } catch {
      return false;
    }
  };
  const v13 = has('1.3');
  const v14 = v13 && has('1.4');
  const v16 = v14 && has('1.6');
  const limits: HostMessage[] = [];
  if (!v13) limits.push({ key: 'host.limit.api13' });
  else if (!v14) limits.push({ key: 'host.limit.comments' }, { key: 'host.limit.tracking' }, { key: 'host.limit.record' });
  if (v13 && !v14) limits.push({ key: 'host.limit.revisions' });
  else if (v14 && !v16) limits.push({ key: 'host.limit.revisionAuthors' });
  return {
    apiSets: { '1.3': v13, '1.4': v14, '1.6': v16 },
    read: v13,
    insert: v13,
    comments: v14,
    applyFix: v14,
    trackedFixes: v14,
    recordValues: v14,
    readRevisions: v16,
    openDocument: v13,
    headerMarking: v13,
    limits,
  };
}
