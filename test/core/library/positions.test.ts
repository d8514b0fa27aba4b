// The playbook positions counsel edits in the scenario files: a mistake is named by file and field
// in words counsel can act on, and a fix that would work against the side the playbook is for is refused.
import path from 'node:path';
import { describeLibraryIssue, parseLibrary, type LibrarySourceFile } from '../../../src/core/library';
import { fixtureLibraryFiles, LIBRARY_ROOT, readYaml } from './support';

type Scenario = { playbook: Record<string, { positions?: Record<string, unknown> }> };

/** The fixture library with the real improvements clause, and one position of one side replaced. */
function withPosition(scenario: string, role: string, topic: string, position: unknown): LibrarySourceFile[] {
  const files = fixtureLibraryFiles().map((f) => {
    if (f.path !== `scenarios/${scenario}.yaml`) return f;
    const data = JSON.parse(JSON.stringify(f.data)) as Scenario;
    data.playbook[role]!.positions = { ...data.playbook[role]!.positions, [topic]: position };
    return { ...f, data };
  });
  return [...files, { path: 'clauses/improvements.yaml', data: readYaml(path.join(LIBRARY_ROOT, 'clauses', 'improvements.yaml')) }];
}

function problems(files: LibrarySourceFile[]): string[] {
  const result = parseLibrary(files);
  return result.ok ? [] : result.issues.map((i) => describeLibraryIssue(i));
}

const words = {
  want: { en: 'Our improvements stay ours.', zh: '我方改进成果归我方所有。' },
  acceptable: { en: 'A reciprocal licence back in the licensed field.', zh: '在许可领域内的相互回授许可。' },
};

describe('playbook positions in the library', () => {
  it('accepts a sound position, with its fix for our side', () => {
    const sound = { ...words, findings: { 'one-sided.licence-back': 'high' }, fix: { clause: 'improvements', variant: 'reciprocal-grant-back' } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', sound))).toEqual([]);
  });

  it('names a rule that does not exist, or is not one-sided', () => {
    for (const rule of ['one-sided.licence-backs', 'drafting.and-or']) {
      const found = problems(withPosition('technology-license', 'licensee', 'improvements', { ...words, findings: { [rule]: 'high' } }));
      expect(found).toEqual([
        `scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.findings.${rule}": no one-sided finding rule is called "${rule}"; a position weighs only rules whose id starts with "one-sided." (see \`clausewright rules\`).`,
      ]);
    }
  });

  it('names a weight that is not one of high, medium, low or off', () => {
    const found = problems(withPosition('technology-license', 'licensee', 'improvements', { ...words, findings: { 'one-sided.licence-back': 'urgent' } }));
    expect(found).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.findings.one-sided.licence-back": the severity must be one of: high, medium, low, off (found: urgent).',
    ]);
  });

  it('refuses a grant-back offered to the licensee as its fix: that variant is written for the licensor', () => {
    const against = { ...words, findings: { 'one-sided.licence-back': 'high' }, fix: { clause: 'improvements', variant: 'licensee-grant-back' } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', against))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.fix.variant": the variant "improvements/licensee-grant-back" is written for the other side (licensor); a fix must work for the side this playbook is for.',
    ]);
  });

  it('names a variant the clause does not have, or one for another kind of deal', () => {
    const unknown = { ...words, findings: {}, fix: { clause: 'improvements', variant: 'grant-back' } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', unknown))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.fix.variant": the clause "improvements" has no variant "grant-back"; its variants are: owner-of-improved, owner-with-licence, generating-party, reciprocal-grant-back, licensee-grant-back.',
    ]);
    const otherDeal = { ...words, findings: {}, fix: { clause: 'improvements', variant: 'generating-party' } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', otherDeal))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.fix.variant": the variant "improvements/generating-party" does not apply to this kind of deal, so it cannot fix this position.',
    ]);
  });

  it('checks a named rule\'s own fix like the position\'s, and only for a rule the position weighs', () => {
    const own = { ...words, findings: { 'one-sided.licence-back': 'high' }, fixes: { 'one-sided.licence-back': { clause: 'improvements', variant: 'reciprocal-grant-back' } } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', own))).toEqual([]);
    const against = { ...own, fixes: { 'one-sided.licence-back': { clause: 'improvements', variant: 'licensee-grant-back' } } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', against))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.fixes.one-sided.licence-back.variant": the variant "improvements/licensee-grant-back" is written for the other side (licensor); a fix must work for the side this playbook is for.',
    ]);
    const unnamed = { ...own, fixes: { 'one-sided.improvement-ban': { clause: 'improvements', variant: 'reciprocal-grant-back' } } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', unnamed))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.fixes.one-sided.improvement-ban": the fix for "one-sided.improvement-ban" is for a rule this position does not weigh; name the rule under findings, or remove its fix.',
    ]);
  });

  it('refuses a named rule\'s own fix that its findings never take, being filed under another topic', () => {
    const elsewhere = {
      ...words,
      findings: { 'one-sided.licence-back': 'high', 'one-sided.recipient-indemnity': 'medium' },
      fixes: { 'one-sided.recipient-indemnity': { clause: 'improvements', variant: 'reciprocal-grant-back' } },
    };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', elsewhere))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.improvements.fixes.one-sided.recipient-indemnity": the findings of "one-sided.recipient-indemnity" are filed under the topic "liability", not this one, so they never take this fix and keep the rule\'s own; remove the fix.',
    ]);
  });

  it('refuses a rule weighed under two positions of one side', () => {
    const twice = { ...words, findings: { 'one-sided.no-independent-development': 'low' } };
    expect(problems(withPosition('technology-license', 'licensee', 'improvements', twice))).toEqual([
      'scenarios/technology-license.yaml, field "playbook.licensee.positions.confidentiality.findings": the rule "one-sided.no-independent-development" is already weighed under the position on "improvements"; a rule answers to one position per side.',
    ]);
  });
});
