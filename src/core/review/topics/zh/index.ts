import type { TopicDetector } from '../detector';
import { ZH_DEAL } from './deal';
import { ZH_DISCLOSURE } from './disclosure';
import { ZH_LAW } from './law';
import { ZH_LIABILITY } from './liability';
import { ZH_OWNERSHIP } from './ownership';
import { zhDetector } from './words';

/**
 * Detectors for Chinese sentences, run beside the English ones on every sentence with Chinese in
 * it. A section's title line ("第十二条 适用法律") names a topic but is no term, so it is skipped.
 */
export const ZH_DETECTORS: readonly TopicDetector[] = [...ZH_DISCLOSURE, ...ZH_OWNERSHIP, ...ZH_DEAL, ...ZH_LAW, ...ZH_LIABILITY].map(zhDetector);
