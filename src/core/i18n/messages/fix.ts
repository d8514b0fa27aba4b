import { defineMessages } from '../define';

/**
 * fix.blank.*: what a fixing clause shows where the draft does not give a fact the clause needs.
 * fix.click.*: what one click on "apply fix" in Word did where it did more or less than put the one clause in.
 * fix.placed.*: why a fix went where it did, said in Word and in the redline's comment.
 * Plain words in brackets, for the reader to complete; never the library's internal names.
 */
export const fix = defineMessages(
  {
    'fix.blank.A': '[name of the party sharing the technology]',
    'fix.blank.B': '[name of the other party]',
    'fix.blank.purpose': '[purpose]',
    'fix.blank.samples': '[description of the samples]',
    'fix.blank.field': '[field of use]',
    'fix.blank.products': '[products]',
    'fix.blank.customers': '[customers]',
    'fix.blank.territory': '[territory]',
    'fix.blank.termMonths': '[number of months]',
    'fix.blank.exclusivityMonths': '[number of months]',
    'fix.blank.minimumQuantity': '[quantity]',
    'fix.blank.returnDays': '[number of days]',
    'fix.blank.survivalYears': '[number of years]',
    'fix.blank.governingLaw': '[governing law]',
    'fix.blank.forum': '[courts or arbitration]',
    'fix.blank.arbitrationCommission': '[name of arbitration commission]',
    'fix.blank.royaltyPercent': '[royalty rate]',
    'fix.blank.liabilityCap': '[amount and currency]',
    'fix.blank.sellOffDays': '[number of days]',
    'fix.blank.section': '[section on {topic}]',
    'fix.blank.schedule': '[schedule on {title}]',
    'fix.click.joined':
      'Our clause is in the document as a tracked change: review it and accept or reject it in Word. The same change also answers these points on this clause: {points}.',
    'fix.click.alreadyIn': 'Our clause for this point is already in the document, from a change made for it or for another point on the same clause. Nothing more was changed.',
    'fix.click.changed':
      'This clause already carries our tracked change for another point, and that change does not deal with this one. The two could go in together only by keeping part of the clause, and which part that change already took out can no longer be read from the draft; a second change to the same words would conflict with it. Nothing was changed. To make one change of both: in Word, reject our earlier change to this clause, then apply the fix for this point again (both fixes then go in together, as one change to accept or reject). Or keep this point as a comment.',
    'fix.click.covered':
      'The fix for another point ("{point}") rewrites this clause and cannot go in together with this one, so this point stays a comment, as in the revised draft. Nothing was changed.',
    'fix.placed.untold':
      'Our clause goes in after this clause, not in place of part of it: the clause also deals with {subjects}, and its words on this point could not be told apart from its words on those, so none of its words were deleted. Where our clause and the words still in this clause differ on this point, ours is to replace them.',
  },
  {
    'fix.blank.A': '【提供技术一方的名称】',
    'fix.blank.B': '【另一方的名称】',
    'fix.blank.purpose': '【目的】',
    'fix.blank.samples': '【样品说明】',
    'fix.blank.field': '【使用领域】',
    'fix.blank.products': '【产品】',
    'fix.blank.customers': '【客户】',
    'fix.blank.territory': '【地域】',
    'fix.blank.termMonths': '【月数】',
    'fix.blank.exclusivityMonths': '【月数】',
    'fix.blank.minimumQuantity': '【数量】',
    'fix.blank.returnDays': '【天数】',
    'fix.blank.survivalYears': '【年数】',
    'fix.blank.governingLaw': '【适用法律】',
    'fix.blank.forum': '【法院或仲裁机构】',
    'fix.blank.arbitrationCommission': '【仲裁委员会名称】',
    'fix.blank.royaltyPercent': '【许可费率】',
    'fix.blank.liabilityCap': '【金额和币种】',
    'fix.blank.sellOffDays': '【天数】',
    'fix.blank.section': '【关于{topic}的条款】',
    'fix.blank.schedule': '【关于{title}的附件】',
    'fix.click.joined': '我方条款已作为修订插入文档：请在 Word 中审阅并接受或拒绝。该修订同时处理了本条款中的以下问题：{points}。',
    'fix.click.alreadyIn': '本问题的我方条款已在文档中（来自为本问题或同一条款中其他问题所作的修订），未作其他修改。',
    'fix.click.changed': '本条款已有我方为另一问题所作的修订，该修订未处理本问题。两者只有在保留本条款部分内容的情况下才能合并，而该修订已删除的部分已无法从草稿中读出；对同一文字再作修改会与该修订冲突。文档未作修改。如需将两者合为一项修订：请先在 Word 中拒绝我方此前对本条款所作的修订，再对本问题重新应用修改方案（两项修改方案随即一并插入，作为一项修订供接受或拒绝）；或将本问题保留为批注。',
    'fix.click.covered': '另一问题（“{point}”）的修改方案将改写本条款，且无法与本问题的方案合并，因此本问题与修订稿中一样仅以批注形式保留。文档未作修改。',
    'fix.placed.untold':
      '我方条款插入在本条款之后，而非替换其中部分内容：本条款还涉及{subjects}，其中关于本问题的文字无法与关于该等事项的文字区分，因此本条款的文字均未删除。本条款中仍保留的关于本问题的文字与我方条款不一致的，应以我方条款替代。',
  },
);
