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
      'This clause already carries our tracked change for another point, and that change does not deal with this one. The two cannot be made into one change from this review: the points that change was made for are not among this review’s points (the review may have been run again with another side or kind of deal), or the two fixes cannot stand as one clause (they are in different languages or numbered for different sections). A second change to the same clause would conflict with the first, so nothing was changed. To change this clause for this point: in Word, reject our earlier change to this clause, then apply again the fixes this review offers for it (those that can stand as one clause go in as one change to accept or reject). Or keep this point as a comment.',
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
    'fix.click.changed': '本条款已有我方为另一问题所作的修订，该修订未处理本问题。根据本次审阅无法将两者合为一项修订：该修订所针对的问题不在本次审阅的问题之中（审阅可能已按另一方或另一交易类型重新进行），或两项修改方案无法合为一个条款（语言不同或编号属于不同条款）。对同一条款再作修改会与该修订冲突，因此文档未作修改。如需就本问题修改本条款：请先在 Word 中拒绝我方此前对本条款所作的修订，再重新应用本次审阅就本条款提出的修改方案（可合为一个条款的修改方案将作为一项修订插入，供接受或拒绝）；或将本问题保留为批注。',
    'fix.click.covered': '另一问题（“{point}”）的修改方案将改写本条款，且无法与本问题的方案合并，因此本问题与修订稿中一样仅以批注形式保留。文档未作修改。',
    'fix.placed.untold':
      '我方条款插入在本条款之后，而非替换其中部分内容：本条款还涉及{subjects}，其中关于本问题的文字无法与关于该等事项的文字区分，因此本条款的文字均未删除。本条款中仍保留的关于本问题的文字与我方条款不一致的，应以我方条款替代。',
  },
);
