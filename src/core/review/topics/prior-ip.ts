import { G } from './zh/words';
import { GAP, re } from './detector';

/**
 * Background IP named by when it was had rather than by a defined term: "Each Party retains the
 * intellectual property it owned before the date of this Agreement", "IP owned or controlled by a
 * party prior to the Effective Date shall remain with it", "patents existing as of the Effective Date".
 * "Rights owned by a Party prior to this Agreement ... remain in the sole ownership of that Party"
 * dates them by the agreement itself. The time alone does not allocate (a warranty may speak of
 * patents existing at signing), so a retaining or remaining verb must go with it.
 */
const IP = String.raw`(?:intellectual\s+property|IP\b|IPR|patents?|copyrights?|know-how|inventions?|technolog(?:y|ies)|trade\s+secrets?|proprietary\s+rights?)`;
const HAD = String.raw`(?:owned|controlled|held|acquired|developed|created|conceived|made|existing|in\s+existence)`;
const BEFORE = String.raw`(?:(?:prior\s+to|before|as\s+(?:of|at)|on)\s+(?:the\s+)?(?:date\s+(?:of|hereof)|effective\s+date|execution|signing|commencement|entering|start)|(?:prior\s+to|before)\s+this\s+agreement)`;
const KEPT = String.raw`(?:retains?|shall\s+retain|will\s+retain|keeps?|reserves?)`;
const STAYS = String.raw`(?:remains?|shall\s+remain|will\s+remain|shall\s+continue\s+to\s+(?:be|belong)|belongs?|shall\s+belong|vests?)`;

export const PRIOR_IP: RegExp[] = [
  re(String.raw`\b${KEPT}\b${GAP(60)}\b${IP}${GAP(40)}\b${HAD}\b${GAP(30)}\b${BEFORE}\b`),
  re(String.raw`\b${IP}${GAP(40)}\b${HAD}\b${GAP(30)}\b${BEFORE}\b${GAP(80)}\b${STAYS}\b`),
];

// 各方保留其在本协议签订之前拥有的知识产权; 本协议生效日已存在的知识产权归原权利人所有.
const ZH_BEFORE = `(?:签订|签署|生效|订立|开始|执行)日?(?:之)?前|(?:签订|签署|生效)(?:日|之日|时)`;
const ZH_IP = `(?:知识产权|技术|专利|专有技术|技术秘密)`;
export const ZH_PRIOR_IP: RegExp[] = [
  new RegExp(`(?:保留|仍归|仍属于|仍然属于)${G(12)}(?:${ZH_BEFORE})${G(20)}(?:拥有|持有|享有|取得|开发|控制|存在)的?${G(8)}${ZH_IP}`),
  new RegExp(`(?:${ZH_BEFORE})${G(8)}(?:已经|已)?(?:拥有|持有|享有|取得|开发|控制|存在)的?${G(12)}${ZH_IP}${G(20)}(?:仍归|仍属于|仍为|保留|归${G(10)}所有|属于)`),
];
