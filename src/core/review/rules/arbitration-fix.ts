import type { ReviewContext } from '../context';
import { crossesBorder } from '../places';

/**
 * The library's arbitration clause that fits the deal: across a border, three arbitrators and English
 * before an international institution; between parties in one country (PRC law decides these
 * findings), a sole arbitrator and Chinese before a commission the parties fill in.
 */
export function arbitrationFix(ctx: ReviewContext): { fixClause: string; fixVariant: string } {
  return { fixClause: 'dispute-resolution', fixVariant: crossesBorder(ctx) ? 'arbitration' : 'arbitration-domestic' };
}
