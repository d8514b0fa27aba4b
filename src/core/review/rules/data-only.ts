// Whether all a draft discloses is data: a data set or records handed over for analysis, with no sample,
// prototype, device, software or other thing that can be taken apart, kept or improved on. A data
// provider's terms on reverse engineering, on who owns samples and on improvements then have nothing
// to reach: re-identification, the use limit and the grant of no right in the data do that work.
import type { Sentence } from '../context';
import { sharesAnalysable } from './analysable';
import { anyMatching } from './sentence-gate';

/** The data named as what is disclosed: a defined "Data Set", "Confidential Data" or "Provider Data", or data "disclosed", "made available" or "provided". */
const DATA_SUBJECT =
  /["“](?:Confidential\s+|Provider\s+|Research\s+|Licensed\s+|Shared\s+)?Data(?:\s+Set|set|base)?["”]|\b(?:disclos\w*|provid\w*|mak\w*\s+available|transfer\w*|shar\w*)\s+(?:of\s+)?(?:the\s+)?(?:data\s+set|dataset|data)\b|(?:提供|披露|共享)(?:的)?数据/i;
/** Things beside data that are handed over: goods, products, equipment, software or code (not a promotional material, nor technology named in an export clause). */
const MORE_THAN_DATA =
  /\b(?:samples?|prototypes?|specimens?|(?<!(?:promotional|marketing|advertising|publicity)\s)materials?|products?|components?|devices?|hardware|equipment|instruments?|software|firmware|source\s+code|object\s+code|computer\s+programs?|know-how)\b[^.;]{0,80}\b(?:deliver|suppl|ship|provid|furnish|disclos|transfer|lend|loan|lent|sen[dt])\w*|\b(?:deliver|suppl|ship|provid|furnish|disclos|transfer|lend|loan|sen[dt])\w*\b[^.;]{0,80}\b(?:samples?|prototypes?|specimens?|(?<!(?:promotional|marketing|advertising|publicity)\s)materials?|products?|components?|devices?|hardware|equipment|instruments?|software|firmware|source\s+code|object\s+code|computer\s+programs?|know-how)\b|样品|样机|设备|软件|源代码|材料/i;

/** The draft discloses data and nothing else: a reverse-engineering ban, sample ownership and improvements do not apply. */
export function disclosesDataOnly(sentences: readonly Sentence[]): boolean {
  return anyMatching(sentences, DATA_SUBJECT) && !anyMatching(sentences, MORE_THAN_DATA) && !sharesAnalysable(sentences);
}
