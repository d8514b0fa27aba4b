// Who owns the results written as a blank to fill in: 技术成果归＿＿＿＿所有, "all Inventions shall be
// owned by ________". A blank owner allocates nothing: until it is filled in, the law decides, and
// under PRC law commissioned results go to the side that made them (Civil Code arts. 859 and 861).
import type { Rule } from '../context';
import { finding, inQuotes, listOf } from './finding';
import { hits, quote } from './text';

/** Underscores, full-width low lines, runs of ideographic spaces, a template field or empty brackets. */
const BLANK = String.raw`(?:[_＿]{2,40}|\u3000{2,40}|\{[\w ]{1,40}\}|\[[_.…●•\s-]{0,40}\])`;
/** 技术成果归＿＿所有, 专利申请权属于＿＿方, 知识产权由＿＿享有. */
const ZH = new RegExp(
  String.raw`(?:成果|知识产权|专利申请权|专利权|著作权|技术秘密|发明创造)[^。；\n]{0,24}?(?:归|属于|由)\s{0,2}(${BLANK})\s{0,2}方?(?:单独|共同)?(?:所有|享有|拥有)`,
  'g',
);
/** "the Results shall be owned by ________", "title to all Inventions shall vest in [ ]". */
const EN = new RegExp(
  String.raw`\b(?:results|inventions|intellectual\s+property(?:\s+rights)?|work\s+product|deliverables|improvements|developments)\b[^.;\n]{0,80}?\b(?:owned\s+by|vest\s+in|belong\s+to|(?:sole\s+|exclusive\s+)?property\s+of)\s{1,3}(?:the\s+)?(${BLANK})`,
  'gi',
);

export const ownerBlank: Rule = (ctx) => {
  const found = [...hits(ctx, ZH), ...hits(ctx, EN)];
  if (found.length === 0) return [];
  const sentences = [...new Set(found.map((h) => h.sentence))].slice(0, 4);
  return [
    finding(ctx, {
      rule: 'ambiguous.owner-blank',
      topic: 'foreground-ip',
      // Left blank, commissioned results go to the developer by law: for the developer a point to fill in, not a risk.
      severity: ctx.role === 'developer' ? 'low' : 'medium',
      kind: 'ambiguous',
      // The owner is filled in, not replaced by our whole clause; the playbook's position says who.
      noFix: true,
      evidence: sentences.map((s) => quote(s)),
      params: { terms: listOf([...new Set(found.map((h) => inQuotes(h.match[0]!.trim())))]) },
    }),
  ];
};
