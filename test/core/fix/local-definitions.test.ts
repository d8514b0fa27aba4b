import { fixesFor, fixText } from '../../../src/core/fix';
import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// A counterparty's evaluation terms: they define "Proprietary Information" and "Samples", not our
// library's "Export Control Laws", and they say nothing on export control.
const DRAFT = `MATERIAL EVALUATION AGREEMENT
This Material Evaluation Agreement is made between Kestrel Energy GmbH, a company organised under the laws of Germany ("Kestrel"), and Hanlin Battery Co., Ltd., a company organised under the laws of the People's Republic of China ("Hanlin").
1. Samples. Hanlin shall supply to Kestrel the cathode powder samples described in the Annex ("Samples") for the sole purpose of evaluating their performance in Kestrel's pouch cells.
2. Proprietary Information. "Proprietary Information" means all technical information disclosed by Hanlin to Kestrel, including the Samples and their composition. Kestrel shall keep the Proprietary Information secret and shall not disclose it to any third party.
3. Term. This Agreement ends twelve months after its signature by both parties.
4. Governing Law. This Agreement is governed by the laws of Switzerland.`;

function fixes(): { rule: string; text: string }[] {
  const doc = fromText(DRAFT);
  const result = review(doc, { library, playbooks, scenario: 'sample-testing', role: 'provider' });
  const fix = fixesFor(library, result, doc);
  return result.findings.filter((f) => f.fix).map((f) => ({ rule: f.rule, text: fixText(fix(f.fix!)!) }));
}

describe('a fix defines, for its own section, the library terms the draft does not define', () => {
  const all = fixes();

  it('defines "Export Control Laws" inside the proposed export-control section', () => {
    const exportFix = all.find((f) => /Export Control Laws/.test(f.text));
    expect(exportFix).toBeDefined();
    expect(exportFix!.text).toMatch(/In this Section \d+, "Export Control Laws" means /);
  });

  it('does not redefine a term the draft itself defines', () => {
    for (const f of all) expect(f.text).not.toMatch(/"Samples" means/);
  });

  it('leaves a fix that uses no library term as the library wrote it', () => {
    for (const f of all.filter((x) => !/In this Section/.test(x.text))) expect(f.text).not.toMatch(/" means /);
  });
});

describe('a fix defines only the terms its own words need', () => {
  // The draft defines "Confidential Information" its own way: our definition of it, and the terms that
  // definition alone uses ("Disclosing Party", "Representatives"), have no place in the fix.
  const draft = DRAFT.replace(/Proprietary Information/g, 'Confidential Information');

  it('defines no term that only our definition of a draft term would use', () => {
    const doc = fromText(draft);
    const result = review(doc, { library, playbooks, scenario: 'sample-testing', role: 'provider' });
    const fix = fixesFor(library, result, doc);
    const texts = result.findings.filter((f) => f.fix).map((f) => fixText(fix(f.fix!)!));
    const local = texts.filter((t) => /In this Section [\d.]+, "/.test(t));
    expect(local.length).toBeGreaterThan(0);
    for (const text of local) {
      const at = text.search(/In this Section [\d.]+, "/);
      const [body, definitions] = [text.slice(0, at), text.slice(at)];
      expect(definitions).not.toMatch(/"Confidential Information" means/);
      for (const [, term] of definitions.matchAll(/"([^"]+)" means/g)) {
        const elsewhere = body + definitions.replace(new RegExp(`"${term}" means[^;]*`), '');
        expect({ term, used: elsewhere.includes(term!) }).toEqual({ term, used: true });
      }
    }
  });
});

// A counterparty's one-way confidentiality terms, in its own names for the two sides.
const ONE_WAY = `CONFIDENTIALITY AGREEMENT
This Confidentiality Agreement is made between Brightwater Robotics Ltd., a company incorporated under the laws of England and Wales ("Brightwater"), and Qinghe Sensor Technology Co., Ltd., a company organised under the laws of the People's Republic of China ("Qinghe").
1. Definitions. "Discloser" means Brightwater. "Recipient" means Qinghe. "Confidential Information" means all technical and commercial information that the Discloser discloses to the Recipient about its warehouse robots.
2. Obligations. The Recipient shall keep the Confidential Information secret and shall use it only to evaluate a possible supply of lidar sensors to the Discloser.
3. Term. The obligations in Section 2 continue for three years after the date of this Agreement.
4. Governing Law. This Agreement is governed by the laws of England and Wales.`;

describe('a fix speaks of the sides by the names the draft gives them', () => {
  it('says "Recipient" and "Discloser" where the draft does, and defines no "Receiving Party" or "Disclosing Party" beside them', () => {
    const doc = fromText(ONE_WAY);
    const result = review(doc, { library, playbooks, scenario: 'pre-deal-disclosure', role: 'recipient' });
    const fix = fixesFor(library, result, doc);
    const texts = result.findings.filter((f) => f.fix).map((f) => fixText(fix(f.fix!)!));
    const naming = texts.filter((t) => /\b(?:Recipient|Discloser)\b/.test(t));
    expect(naming.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/Receiving Party|Disclosing Party/);
  });
});
