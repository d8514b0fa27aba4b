// Information a recipient could never already hold or work out for itself: the questions and answers
// of an examination it sits, and the records of the discloser's own students or patients. Exceptions
// for prior knowledge or independent development mean nothing there, so their absence is no point.
import type { ReviewContext } from '../context';
import { anyMatching } from './sentence-gate';

// The sentence that says what is protected: "'Confidential Information' means", "… ('Confidential Information')".
const DEFINES = /\b(?:confidential|proprietary)\s+(?:information|materials?)\b[^.;]{0,60}?\b(?:means?|includ\w*|comprises?)\b|\(\s*["“'](?:confidential|proprietary)\s+(?:information|materials?)["”']\s*\)/i;
const TEST_CONTENT = /\b(?:test|exam(?:ination)?|assessment|certification)\s+(?:questions?|items?|answers?|content|materials?)\b|\b(?:questions?\s+and\s+answers|answers?\s+and\s+questions?)\b/i;
const PEOPLES_RECORDS = /\b(?:student|pupil|patient)s?['’]?\s+(?:records?|data|information)\b|\bconfidential\s+(?:student|pupil|patient)\s+(?:records?|data|information)\b/i;

/** Whether what the draft protects is examination content or records of the discloser's students or patients. */
export function nothingToDevelop(ctx: ReviewContext): boolean {
  return anyMatching(ctx.sentences, DEFINES, (s) => TEST_CONTENT.test(s.text) || PEOPLES_RECORDS.test(s.text));
}
