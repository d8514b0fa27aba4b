import { G, NOT } from '../../topics/zh/words';
import { jointOwnershipIn } from '../joint-ownership';

const JOINT = /共同所有|共同享有|共同拥有|(?<![总合])共有(?!人数)/g;
/** What is co-owned: results and rights, not a building or a fund. */
const IP_THING = /成果|专利|知识产权|发明|技术|著作权|作品|数据|软件/;
const DENIED = new RegExp(`${NOT}${G(10)}$|(?:不构成|并非)${G(10)}$`);
/** A sentence about the co-owned rights: 共有专利, 共同所有的成果, 双方共有的技术. */
const CO_OWNED = /共有|共同所有|共同享有|共同拥有/;
/** What co-owners need settled: exploiting, licensing, transferring, sharing income, filing and its costs. */
const TERMS = /实施|许可|转让|使用费|收益|分配|分享|同意|维持费|申请费|费用|分担|放弃|行使|处分|质押|独立使用|单独使用/;

/** 共同所有 with nothing on exploitation, licensing or sharing: each country's default law fills the gap. */
export const jointOwnershipZh = jointOwnershipIn({ joint: JOINT, thing: IP_THING, denied: DENIED, coOwned: CO_OWNED, terms: TERMS });
