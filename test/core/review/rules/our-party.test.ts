// Among five parties to a cross-licence each gives and takes, so the text cannot say which is ours.
// The user names our company: that party is ours and every other is not, so a grant-back of our
// improvements and translations to the others is raised, and a grant to us stays quiet.
import { buildContext } from '../../../../src/core/review/engine';
import { licenceBack } from '../../../../src/core/review/rules/licence-back';
import { partyRefs } from '../../../../src/core/review/rules/side';
import { fromText } from '../../../../src/core/review/text';

const opening =
  'This Patent Cross-License Agreement is made as of April 2, 2025 among Aurora Semiconductor Ltd., a company incorporated in Israel ("Aurora"), Baltic Photonics AB, a Swedish company ("Baltic"), Cedar Microsystems, Inc., a Delaware corporation ("Cedar"), Delta Optoelectronics GmbH ("Delta"), and Qiming Robotics Co., Ltd., a company organized under the laws of the People\'s Republic of China ("Qiming").';
const terms = [
  '1. Licence. Each Party hereby grants to each other Party a non-exclusive, worldwide licence under its Licensed Patents to make, use and sell Licensed Products.',
  '2. Improvements. Qiming hereby grants to Aurora, Baltic, Cedar and Delta a perpetual, irrevocable, royalty-free licence under all improvements and translations of the Licensed Software made by Qiming.',
];
const text = [opening, ...terms].join('\n');
const ctxFor = (companyName?: string) =>
  buildContext(fromText(text), { scenario: 'technology-license', role: 'licensee', ...(companyName ? { companyName } : {}) }).ctx;

describe('our party named by the user', () => {
  it('places our company on our side and every other party on the other', () => {
    const sides = partyRefs(ctxFor('Qiming Robotics'), 'Qiming, Aurora, Baltic, Cedar and Delta').map((r) => `${r.text}:${r.side}`);
    expect(sides).toEqual(['Qiming:B', 'Aurora:A', 'Baltic:A', 'Cedar:A', 'Delta:A']);
  });

  it('raises our grant-back of improvements to the other parties, and not without our name', () => {
    expect(licenceBack(ctxFor('Qiming Robotics')).map((f) => f.rule)).toEqual(['one-sided.licence-back']);
    expect(licenceBack(ctxFor())).toEqual([]);
  });

  it('stays quiet where the grant is to us, or the name matches no party or more than one', () => {
    // We are Aurora: Qiming's grant to us is no grant-back of ours.
    expect(licenceBack(ctxFor('Aurora Semiconductor'))).toEqual([]);
    expect(licenceBack(ctxFor('Hanlin Battery'))).toEqual([]);
    // "Ltd." is in two parties' names: neither is taken for ours.
    expect(licenceBack(ctxFor('Ltd.'))).toEqual([]);
  });

  it('between two parties, places them only where the draft placed neither', () => {
    const two = (opening: string) =>
      buildContext(fromText(opening), { scenario: 'technology-license', role: 'licensee', companyName: 'Qiming Robotics' }).ctx;
    const unlabelled = two('This Agreement is made between Aurora Semiconductor Ltd. and Qiming Robotics Co., Ltd.');
    expect(partyRefs(unlabelled, 'Aurora Semiconductor Ltd. and Qiming Robotics Co., Ltd.').map((r) => r.side)).toEqual(['A', 'B']);
    // The draft makes Qiming the licensor: the name given does not move it.
    const labelled = two('This Agreement is made between Aurora Semiconductor Ltd. (the "Licensee") and Qiming Robotics Co., Ltd. (the "Licensor").');
    expect(partyRefs(labelled, 'Aurora Semiconductor Ltd. and Qiming Robotics Co., Ltd.').map((r) => r.side)).toEqual(['B', 'A']);
  });
});
