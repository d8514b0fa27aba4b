import { SUB_CLAUSE_INDENT } from '../../core/agreement/clause-text';
import type { WParagraph } from './api';

const POINTS_PER_TWIP = 1 / 20;

/**
 * Indents an "(a)" sub-clause as the .docx writer does. Word gives a paragraph inserted after
 * another that one's formatting, so the first plain paragraph after a sub-clause is set back to
 * the margin rather than left to inherit the indent.
 */
export function layOut(para: WParagraph, sub: boolean, afterSub: boolean): void {
  if (sub) {
    para.leftIndent = SUB_CLAUSE_INDENT.left * POINTS_PER_TWIP;
    para.firstLineIndent = -SUB_CLAUSE_INDENT.hanging * POINTS_PER_TWIP;
  } else if (afterSub) {
    para.leftIndent = 0;
    para.firstLineIndent = 0;
  }
}
