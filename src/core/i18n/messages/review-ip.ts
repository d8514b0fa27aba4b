import { defineMessages } from '../define';

/** The checklist of missing terms as a whole: skipped on a press release, the IP part skipped where the deal develops and licenses nothing, or one finding where the draft has no IP clause. */
export const reviewIp = defineMessages(
  {
    'review.rule.missing.ip-terms.message': 'No IP clause: nothing says who owns the results, nor anything on {terms}',
    'review.rule.missing.ip-terms.why':
      'Without an IP clause, the law of each country decides who owns what the cooperation produces, and the rest of these points with it, and the answers differ. One clause on the ownership and use of the results settles them together.',
    'review.rule.missing.no-ip-work.message': 'IP terms not checked: the draft develops and licenses nothing',
    'review.rule.missing.no-ip-work.why':
      'Nothing in the draft develops, researches or designs anything, or grants a licence of technology, software, content or marks; it operates, builds, supplies, sells or provides a service. So its silence on {topics} was not raised. If the deal does create or license IP, it needs these terms.',
    'review.rule.missing.not-an-agreement.message': 'Missing terms not checked: this text announces an agreement and holds none of its terms',
    'review.rule.missing.not-an-agreement.why':
      'The text reports that an agreement was made and binds no one to anything: no party agrees, undertakes or shall do anything in it. Review the agreement itself; what this text leaves out says nothing about it.',
    'review.rule.missing.terms-elsewhere.message': 'Missing terms not checked: this text incorporates terms that are not in this file',
    'review.rule.missing.terms-elsewhere.why':
      'This cover page, order or statement of work makes the agreement together with standard terms or a master agreement kept elsewhere, such as at a web address. The terms it lacks are most likely there: review those terms, in the version named, before treating any term as missing.',
    'review.rule.missing.excerpt.message': 'Missing terms not checked: this text starts at clause {clause}, part way through an agreement',
    'review.rule.missing.excerpt.why':
      'The text names no parties and its first clause is {clause}, so the clauses before it are not here. A term it lacks, such as the governing law, may be in that part: ask for the whole agreement before treating any term as missing.',
    'review.rule.missing.confidentiality-part.message': 'Confidentiality terms not checked: they are in {part}, which this text does not contain',
    'review.rule.missing.confidentiality-part.why':
      'The text refers to its confidentiality obligations in {part}, and no such part is in it: it is a page or an excerpt of a longer agreement. The use limit, the return of materials and the other confidentiality terms are likely there. Ask for the whole agreement before treating any of them as missing.',
  },
  {
    'review.rule.missing.ip-terms.message': '缺少知识产权条款：未写明成果归谁所有，也未约定{terms}',
    'review.rule.missing.ip-terms.why': '没有知识产权条款，合作成果的归属以及上述其他事项均由各国法律决定，而各国规定并不相同。一项关于成果归属和使用的条款即可一并解决。',
    'review.rule.missing.no-ip-work.message': '未检查知识产权条款：草案不涉及开发或许可',
    'review.rule.missing.no-ip-work.why':
      '草案中没有任何开发、研究或设计工作，也未许可技术、软件、内容或商标，只涉及运营、建设、供应、销售或提供服务。因此未就{topics}的缺失提出问题。如果本交易确实产生或许可知识产权，仍需约定这些条款。',
    'review.rule.missing.not-an-agreement.message': '未检查缺失条款：本文本仅宣布已签订协议，不含协议条款',
    'review.rule.missing.not-an-agreement.why': '本文本只是报道已签订协议，并未约束任何一方：其中没有任何一方同意、承诺或应当履行任何事项。请审阅协议本身；本文本未载明的内容并不说明协议的情况。',
    'review.rule.missing.terms-elsewhere.message': '未检查缺失条款：本文本援引的条款不在本文件中',
    'review.rule.missing.terms-elsewhere.why': '本封面页、订单或工作说明书与存放于他处（例如某一网址）的标准条款或主协议共同构成协议。本文本缺少的条款很可能在其中：在认定任何条款缺失之前，请先审阅所援引版本的条款。',
    'review.rule.missing.excerpt.message': '未检查缺失条款：本文本自第{clause}条开始，仅为协议的一部分',
    'review.rule.missing.excerpt.why': '本文本未列明当事人，且第一条为第{clause}条，此前的条款不在本文本中。本文本缺少的条款（例如适用法律）可能就在该部分中：在认定任何条款缺失之前，请先取得完整协议。',
    'review.rule.missing.confidentiality-part.message': '未检查保密条款：保密条款位于{part}，本文本不含该部分',
    'review.rule.missing.confidentiality-part.why':
      '本文本提及{part}中的保密义务，但文本中并无该部分：本文本只是一份较长协议的一页或节选。使用限制、资料返还及其他保密条款很可能就在该部分中。在认定其中任何条款缺失之前，请先取得完整协议。',
  },
);
