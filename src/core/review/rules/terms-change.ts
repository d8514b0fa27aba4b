import type { Rule } from '../context';
import { finding, topicAt } from './finding';
import { ourSide, partyBefore, partyRightAfter } from './side';
import { zhPartyBefore } from '../zh/side';
import { groupedEvidence, hitsWhere, inHeading, paragraphText, substantive, type Hit } from './text';

// The agreement's own terms: "these Terms", "this Agreement", "the terms of this Licence", "any provision of this Agreement",
// and "this notice", which a licence notice calls itself.
const TERMS = String.raw`(?:(?:these|this|the)\s+(?:Terms(?:\s+(?:and\s+Conditions|of\s+(?:Service|Use)))?|terms\s+and\s+conditions|Agreement|Licen[cs]e|Contract)|this\s+notice|(?:the\s+|any\s+)?(?:terms|provisions?)\s+of\s+(?:this|the)\s+(?:Agreement|Licen[cs]e|Contract))`;
const CHANGE = String.raw`(?:amend|modify|change|update|revise|alter|vary|supplement)`;
// The change named by a noun: "may make changes to this Agreement", "may make any amendment of these Terms".
const CHANGES = String.raw`(?:changes?|amendments?|modifications?|revisions?|updates?|variations?)\s+(?:to|in|of)`;
// "Vendor reserves the right to amend these Terms" (or "the right, in its sole discretion, to amend"), "Company may modify this Agreement at any time".
const ACTIVE = new RegExp(
  String.raw`\b(?:(?<reserves>reserves?\s+the\s+right(?:,[^,.;]{1,40},)?\s+to)|may(?!\s+not\b)|shall\s+have\s+the\s+right\s+to|(?:is|are|shall\s+be)\s+entitled\s+to)(?:\s*,[^,.;]{1,40},)?\s+(?:\w+\s+){0,2}?(?:${CHANGE}(?:\s+or\s+\w+)?|${CHANGES})\s+${TERMS}\b`,
  'gi',
);
// "These Terms may be amended by the Company at any time", "this Agreement may be modified by Provider".
const PASSIVE = new RegExp(String.raw`\b${TERMS}\s+(?:may|shall|will|can)\s+be\s+(?:\w+\s+)?(?:amended|modified|changed|updated|revised|altered|varied|supplemented)(?:\s+or\s+\w+)?\s+(?:\w+\s+){0,4}?by\s+`, 'gi');
// Alone: at its discretion, at any time, from time to time, on notice or by e-mail, or by posting or publishing the change.
const ALONE =
  /\bby\s+(?:sending|delivering)\s+(?:[\w()-]+\s+){0,5}?(?:notice|notification|e-?mail)\b|\bby\s+e-?mail\b|\b(?:sole|absolute|own)\s+discretion\b|\bat\s+(?:its|their)\s+discretion\b|\bat\s+any\s+time\b|\bfrom\s+time\s+to\s+time\b|\b(?:upon|on|by\s+giving|after|with)\s+(?:[\w()-]+\s+){0,5}?(?:notice|notification)\b|\bby\s+(?:posting|publishing|publication)\b|\b(?:post|publish)\w*\s+(?:\w+\s+){0,4}?(?:on|at)\s+(?:its|the|our)\s+(?:web\s*site|site|portal)\b/i;
// A change both must agree, or that each may propose: not one side's to make.
const AGREED =
  /\bmutual(?:ly)?\b|\b(?:written\s+)?(?:agreement|instrument)\s+(?:signed|executed)\b|\bsigned\s+by\s+(?:both|each|all|the)\s+part(?:y|ies)\b|\b(?:with|upon|subject\s+to)\s+(?:the\s+)?(?:\w+\s+){0,3}?consent\b|\bagreed\s+(?:upon\s+)?(?:in\s+writing\s+)?by\s+(?:both|the)\s+parties\b/i;
// Assent taken from continued use, the change named by a noun: "your continued use of the Data constitutes
// acceptance of the changes", "continued access to the data shall indicate Your assent to any modification".
// Only the side that receives the terms can "continue to use" under them: it is the one that must accept.
const CONTINUED = /\bcontinu(?:ed|ing)\s+(?:to\s+)?(?:access|use|usage|download)\w*/gi;
const ASSENT = /\b(?:accept\w*|assent\w*|agree(?:s|d|ment)?|consent\w*|bound)\b/i;
const A_CHANGE = /\b(?:changes?|modifications?|amendments?|updates?|revisions?|changed|modified|amended|updated|revised)\b/i;
// The change is of the terms: "changes to these Terms", "the amended Agreement", "You will abide by any and all modifications".
const OF_TERMS = new RegExp(
  String.raw`\b(?:changes?|modifications?|amendments?|updates?|revisions?)\s+(?:to|of|in)\s+${TERMS}|\b(?:changed|modified|amended|updated|revised|new)\s+(?:Terms|Agreement|Licen[cs]e|terms\s+and\s+conditions)\b|\b(?:abide\s+by|comply\s+with|be\s+bound\s+by)\s+(?:any\s+and\s+all\s+|all\s+|any\s+|the\s+|such\s+)?(?:changes|modifications|amendments|revisions|updates)\b`,
  'i',
);
const CONTINUED_CUE = /\bcontinu(?:ed|ing)\b/i;
// Chinese: "有权随时修改本协议", "将不时对本协议予以更新"; the agreement calls itself 本协议, 本许可 or 本声明.
const ZH_TERMS = '本(?:协议|合同|条款|许可|声明)';
const ZH_CHANGE = '(?:修改|变更|修订|更新|调整)';
const ZH_ACTIVE = new RegExp(`${ZH_CHANGE}${ZH_TERMS}|对${ZH_TERMS}(?:[^。；]{0,10}?)${ZH_CHANGE}`, 'g');
// Alone: at any time, from time to time, on its own, by publishing the change or sending it by e-mail, or with continued use taken as acceptance.
const ZH_ALONE = /随时|不时|单方|自行|保留[^。；]{0,10}?权利|一经(?:正式)?(?:发布|公布)|(?:通过|以)电子邮件|网站[^。；]{0,6}?(?:公布|公告|发布)|继续使用[^。；]{0,20}?视为(?:接受|同意)/;
// Both parties' agreement or our consent, or our right to end the agreement if we do not accept.
const ZH_AGREED = /双方[^。；]{0,6}?(?:协商|一致|签署|同意)|经[^。；]{0,10}?同意|不同意[^。；]{0,20}?有权(?:解除|终止)/;
const ZH_CUE = new RegExp(ZH_TERMS);

// A change that leaves the rights already granted as they were: "licences already granted shall not be
// affected by any amendment", "已获得商业许可的被授权人…的许可权利将不受协议更新的影响". Still one side's
// to make, but what we built on holds: low.
const KEPT_RIGHTS =
  /\b(?:rights?|licen[cs]es?)\s+(?:already\s+)?(?:granted|acquired|obtained)\b[^.;]{0,60}?\b(?:shall|will)\s+not\s+be\s+(?:affected|reduced|diminished)\b|\b(?:shall|will)\s+not\s+(?:affect|reduce|diminish)\s+(?:any\s+)?(?:rights?|licen[cs]es?)\s+(?:already\s+)?(?:granted|acquired|obtained)\b/i;
const ZH_KEPT_RIGHTS = /(?:已获得|已取得|已授予|已经获得)[^。；]{0,40}?(?:权利|许可)[^。；]{0,30}?不受[^。；]{0,12}?(?:更新|修改|变更|修订)[^。；]{0,4}?影响/;

// The verbs, looked for first: "may" and "these" are everywhere, a change of terms is rare.
const CUE = /\b(?:amend|modif|chang|updat|revis|alter(?:s|ed)?\b|var(?:y|ied)\b|supplement)/i;

/**
 * The other side may change the terms we are bound by on its own: by posting new terms on its website,
 * by notice, or at its discretion. What we agreed (the scope of the licence, the price, the liability
 * we take) then holds only until they rewrite it, while we stay bound and have built on it. Quiet where
 * a change needs both parties' signature or our consent, where we or either party may make it, and
 * where the draft does not say which party makes it. Continued use taken as assent to a change says it:
 * the side that keeps using must accept what the other side wrote.
 */
export const termsChange: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const theirs = (side: string | undefined) => side !== undefined && side !== ours && side !== 'both';
  const found: Hit[] = [];
  const alone = (h: Hit) => substantive(ctx, h.sentence) && !AGREED.test(h.sentence.text);
  for (const h of hitsWhere(ctx, CUE, ACTIVE, alone)) {
    // Reserving the right says it is theirs alone; "may amend" must say how.
    if (!h.match.groups?.['reserves'] && !ALONE.test(h.sentence.text)) continue;
    if (theirs(partyBefore(ctx, h.sentence.text, h.index)?.side)) found.push(h);
  }
  for (const h of hitsWhere(ctx, CUE, PASSIVE, (h) => alone(h) && ALONE.test(h.sentence.text))) {
    // The party named right after "by" makes the change.
    if (theirs(partyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side)) found.push(h);
  }
  // Chinese runs without spaces: a clause is any sentence outside a heading. Its terms of consent or
  // exit may follow a semicolon, in the next sentence of the same clause.
  const zhAlone = (h: Hit) => !inHeading(ctx, h.sentence) && ZH_ALONE.test(h.sentence.text) && !ZH_AGREED.test(paragraphText(ctx, h.sentence.paragraph));
  for (const h of hitsWhere(ctx, ZH_CUE, ZH_ACTIVE, zhAlone)) {
    if (theirs(zhPartyBefore(ctx, h.sentence.text, h.index)?.side)) found.push(h);
  }
  // Deemed assent, read last so a clause found above leads the evidence (and names the topic). The
  // continued use is of the party named just before it ("the Licensee's continued use"); "your" where
  // the reader does not place "you", or no one named, is the user of what is licensed, side B. A party
  // placed on both sides is no one's loss.
  const deemed = (h: Hit) => {
    const paragraph = paragraphText(ctx, h.sentence.paragraph);
    return alone(h) && ASSENT.test(h.sentence.text.slice(h.index)) && A_CHANGE.test(h.sentence.text) && OF_TERMS.test(paragraph) && !AGREED.test(paragraph);
  };
  for (const h of hitsWhere(ctx, CONTINUED_CUE, CONTINUED, deemed)) {
    const who = partyBefore(ctx, h.sentence.text, h.index);
    const owner = who && /^['’]?s?\s*$/.test(h.sentence.text.slice(who.index + who.text.length, h.index)) ? who.side : undefined;
    if ((owner ?? 'B') === ours) found.push(h);
  }
  if (found.length === 0) return [];
  const evidence = groupedEvidence(found);
  const held = found.every((h) => {
    const paragraph = paragraphText(ctx, h.sentence.paragraph);
    return KEPT_RIGHTS.test(paragraph) || ZH_KEPT_RIGHTS.test(paragraph);
  });
  return [
    finding(ctx, {
      rule: 'one-sided.terms-change',
      topic: topicAt(ctx, evidence[0]?.paragraph),
      severity: held ? 'low' : 'medium',
      kind: 'one-sided',
      evidence,
      // Written amendments signed by both parties: the general provisions say so.
      fixClause: 'general-provisions',
    }),
  ];
};
