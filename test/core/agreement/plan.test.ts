import { describePlanMessage, plan, refusal, resolveAnswers, type Answers } from '../../../src/core/agreement';
import type { Library } from '../../../src/core/library';
import { fixtureLibrary } from './support';

function answers(library: Library, input: Record<string, unknown>): Answers {
  const result = resolveAnswers(library, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.answers;
}

const chosen = (library: Library, input: Record<string, unknown>) =>
  plan(library, answers(library, input)).clauses.map((c) => `${c.clause.id}/${c.variant.id}`);

/** A counterparty outside Germany, so German standard-terms law does not displace a protective variant. */
const MERIDIAN = { name: 'Meridian Grid Technologies Inc.', shortName: 'Meridian', jurisdiction: 'the State of Delaware, United States' };

describe('plan', () => {
  const library = fixtureLibrary();

  it('by default chooses the market-balanced variant, and lists the protective one as an alternative', () => {
    const provider = plan(library, answers(library, { scenario: 'sample-testing' }));
    const confidentiality = provider.clauses.find((c) => c.clause.id === 'confidentiality');
    expect(confidentiality?.variant.id).toBe('mutual');
    expect(confidentiality?.alternatives).toEqual([{ variantId: 'one-way-protective', stance: 'protective', fits: true }]);
    expect(confidentiality && describePlanMessage(confidentiality.reason)).toBe(
      'The playbook for our side of this deal requires "Confidentiality"; this is the balanced variant that fits your answers.',
    );
  });

  it('with a firm posture, is protective on required topics only', () => {
    const lib = fixtureLibrary((files) => {
      const playbook = files.get('scenarios/sample-testing.yaml').playbook.provider;
      playbook.required = playbook.required.filter((t: string) => t !== 'confidentiality');
      playbook.recommended = [...playbook.recommended, 'confidentiality'];
    });
    const variantOf = (posture: string) =>
      plan(lib, answers(lib, { scenario: 'sample-testing', posture, parties: { them: MERIDIAN } })).clauses.find((c) => c.clause.id === 'confidentiality')?.variant.id;
    expect(variantOf('firm')).toBe('mutual');
    expect(variantOf('maximal')).toBe('one-way-protective');
    expect(variantOf('balanced')).toBe('mutual');
  });

  it('with a maximal posture, chooses the variant most protective of our side, and lists the others', () => {
    const provider = plan(library, answers(library, { scenario: 'sample-testing', posture: 'maximal', parties: { them: MERIDIAN } }));
    const confidentiality = provider.clauses.find((c) => c.clause.id === 'confidentiality');
    expect(confidentiality?.variant.id).toBe('one-way-protective');
    expect(confidentiality?.alternatives).toEqual([{ variantId: 'mutual', stance: 'balanced', fits: true }]);
    expect(confidentiality && describePlanMessage(confidentiality.reason)).toBe(
      'The playbook for our side of this deal requires "Confidentiality"; this is the protective variant that fits your answers.',
    );
    expect(confidentiality && describePlanMessage(confidentiality.reason, 'zh-CN')).toBe(
      '我方在此类交易中的审查要点要求包含“保密”；这是符合您答案的保护型版本。',
    );

    const evaluator = plan(library, answers(library, { scenario: 'sample-testing', ourRole: 'evaluator', posture: 'maximal' }));
    expect(evaluator.clauses.find((c) => c.clause.id === 'confidentiality')?.variant.id).toBe('mutual');
  });

  it('never builds a carve-out made to go beside the other side\'s clause, nor offers it as an alternative', () => {
    const lib = fixtureLibrary((files) => {
      const clause = files.get('clauses/confidentiality.yaml');
      const protective = clause.variants.find((v: { id: string }) => v.id === 'one-way-protective');
      clause.variants.unshift({ ...protective, id: 'carve-out', stance: 'protective', beside: true });
    });
    for (const posture of ['balanced', 'maximal']) {
      const confidentiality = plan(lib, answers(lib, { scenario: 'sample-testing', posture, parties: { them: MERIDIAN } })).clauses.find((c) => c.clause.id === 'confidentiality');
      expect(confidentiality?.variant.id).not.toBe('carve-out');
      expect(confidentiality?.alternatives.map((a) => a.variantId)).not.toContain('carve-out');
    }
  });

  it('replaces a variant that the law of the deal voids, and warns when none can replace it', () => {
    // Marked as shifting the burden of proof: against a German counterparty (BGB §309 No. 12) the mutual clause is used.
    const marked = (keep?: string) =>
      fixtureLibrary((files) => {
        const clause = files.get('clauses/confidentiality.yaml');
        clause.variants.find((v: { id: string }) => v.id === 'one-way-protective').risks = ['burden-shift'];
        if (!keep) return;
        clause.variants = clause.variants.filter((v: { id: string }) => v.id === keep);
        // A playbook position fixed by a variant now gone loses that fix, or the library is refused.
        for (const [file, data] of files)
          if (file.startsWith('scenarios/'))
            for (const entry of Object.values(data.playbook) as { positions?: Record<string, { fix?: { clause: string; variant: string } }> }[])
              for (const position of Object.values(entry.positions ?? {})) if (position.fix?.clause === 'confidentiality' && position.fix.variant !== keep) delete position.fix;
      });
    const lib = marked();
    const german = plan(lib, answers(lib, { scenario: 'sample-testing', posture: 'maximal' }));
    expect(german.clauses.find((c) => c.clause.id === 'confidentiality')?.variant.id).toBe('mutual');
    expect(german.warnings.map((w) => w.key)).not.toContain('build.warn.law.germanBurdenShift');
    const american = plan(lib, answers(lib, { scenario: 'sample-testing', posture: 'maximal', parties: { them: MERIDIAN } }));
    expect(american.clauses.find((c) => c.clause.id === 'confidentiality')?.variant.id).toBe('one-way-protective');
    // With no other variant left, the risky one stays and the warning names it.
    const only = marked('one-way-protective');
    const kept = plan(only, answers(only, { scenario: 'sample-testing' }));
    expect(kept.warnings).toContainEqual({ key: 'build.warn.law.germanBurdenShift', params: { variant: 'one-way-protective', variantZh: '单向保密' }, clause: 'confidentiality' });
    expect(describePlanMessage(kept.warnings.find((w) => w.key === 'build.warn.law.germanBurdenShift')!)).toMatch(/^The other side is German: .*BGB §309 No\. 12/);
  });

  it('selects by answers: arbitration or courts', () => {
    expect(chosen(library, { scenario: 'sample-testing' })).toContain('dispute-resolution/arbitration');
    expect(chosen(library, { scenario: 'sample-testing', governingLaw: 'england', forum: 'english-courts' })).toContain('dispute-resolution/courts');
  });

  it('puts clauses in agreement order and pulls in what a variant requires', () => {
    // Without joint ownership in the playbook, only the joint variant's requires brings the co-ownership terms in.
    const lib = fixtureLibrary((files) => {
      files.get('scenarios/joint-development.yaml').playbook['technology-owner'].recommended = [];
    });
    const joint = plan(lib, answers(lib, { scenario: 'joint-development', foregroundModel: 'joint' }));
    expect(joint.clauses.map((c) => `${c.clause.id}/${c.variant.id}`)).toEqual([
      'confidentiality/mutual',
      'foreground-ownership/joint',
      'joint-ownership-terms/consent-to-license',
      'survival/fixed-term',
      'governing-law/chosen-law',
      'dispute-resolution/arbitration',
    ]);
    expect(describePlanMessage(joint.clauses[2]!.reason)).toBe(
      'The clause "foreground-ownership" depends on this clause; this is the balanced variant that fits your answers.',
    );
    expect(chosen(lib, { scenario: 'joint-development', foregroundModel: 'generating-party' })).not.toContain(
      'joint-ownership-terms/consent-to-license',
    );
  });

  it('never keeps a variant whose requirements cannot be met', () => {
    const lib = fixtureLibrary((files) => {
      files.get('clauses/joint-ownership-terms.yaml').variants[0].applies.answers.foregroundModel = ['by-field'];
    });
    const result = plan(lib, answers(lib, { scenario: 'joint-development', foregroundModel: 'joint' }));
    expect(result.clauses.map((c) => c.clause.id)).not.toContain('foreground-ownership');
    const warnings = result.warnings.filter((w) => w.key !== 'build.warn.prcExport').map((w) => describePlanMessage(w));
    expect(warnings.slice(0, 2)).toEqual([
      expect.stringMatching(/^Results will be jointly owned\./),
      'The variant "Joint" needs joint-ownership-terms, which no variant fits for this deal, so another variant or none was used.',
    ]);
    // The fixture library covers few topics; the one that matters here is foreground-ip, and the
    // build is refused over it, in words and in either language.
    expect(result.uncovered).toContain('foreground-ip');
    expect(refusal(result)).toMatch(/^These terms cannot be built: this deal needs a clause on .*Ownership of results/);
    expect(refusal(result, 'zh-CN')).toMatch(/^无法生成本协议：此交易需要关于.*的条款/);
    expect(refusal({ uncovered: [] })).toBeUndefined();
  });

  it('drops a clause another one excludes, with a warning', () => {
    const lib = fixtureLibrary((files) => {
      files.get('clauses/territory.yaml').variants[0].excludes = ['survival'];
    });
    const result = plan(lib, answers(lib, { scenario: 'exclusive-partnership' }));
    expect(result.clauses.map((c) => c.clause.id)).toEqual(['confidentiality', 'territory', 'governing-law', 'dispute-resolution']);
    expect(result.warnings).toContainEqual({ key: 'build.warn.excluded', params: { by: 'territory', id: 'survival' }, clause: 'survival' });
    expect(result.uncovered).toContain('survival');
  });

  it('warns where answers pull against each other', () => {
    const result = plan(
      library,
      answers(library, {
        scenario: 'exclusive-partnership',
        territory: { countries: [], regions: ['eu'], china: 'with-hk-macau' },
        exclusivity: { exclusive: true, months: 48 },
        termMonths: 24,
        governingLaw: 'china',
        forum: 'english-courts',
      }),
    );
    expect(result.warnings.map((w) => w.key)).toEqual([
      'build.warn.exclusivityOutlastsTerm',
      'build.warn.exclusivityNoMinimums',
      'build.warn.exclusivityEuPassiveSales',
      'build.warn.lawForumMismatch',
      'build.warn.courtsAgainstChineseParty',
      'build.warn.prcExport',
    ]);
    expect(describePlanMessage(result.warnings[3]!)).toBe(
      'Chinese law and the English courts do not usually go together; judges or arbitrators would have to apply a law they are not trained in.',
    );
  });
});
