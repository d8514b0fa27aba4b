import { describeLibraryIssue, parseLibrary, type LibraryIssue, type LibrarySourceFile } from '../../../src/core/library';
import { brokenClause, fixtureLibraryFiles } from './support';

function issuesOf(files: LibrarySourceFile[]): LibraryIssue[] {
  const result = parseLibrary(files);
  if (result.ok) throw new Error('expected the library to be rejected');
  return result.issues;
}

function withClause(name: string): string[] {
  return issuesOf([...fixtureLibraryFiles(), brokenClause(name)]).map((i) => describeLibraryIssue(i));
}

describe('parseLibrary on a sound library', () => {
  const result = parseLibrary(fixtureLibraryFiles());

  it('accepts it and orders clauses as they appear in an agreement', () => {
    if (!result.ok) throw new Error(result.issues.map((i) => describeLibraryIssue(i)).join('\n'));
    expect(result.library.clauses.map((c) => c.id)).toEqual([
      'confidentiality',
      'foreground-ownership',
      'joint-ownership-terms',
      'territory',
      'survival',
      'governing-law',
      'dispute-resolution',
    ]);
    expect(result.library.scenarios.map((s) => s.id)).toEqual([
      'sample-testing',
      'joint-development',
      'exclusive-partnership',
      'technology-license',
      'custom-development',
      'pre-deal-disclosure',
    ]);
  });
});

describe('parseLibrary names the file, clause, variant and field of each problem', () => {
  it('an unknown topic', () => {
    expect(withClause('unknown-topic')).toEqual([
      expect.stringMatching(/^clauses\/sample-custody\.yaml, clause "sample-custody", field "topic": "sample-custody" is not a topic\. Use one of: confidentiality, /),
    ]);
  });

  it('a placeholder the builder cannot fill', () => {
    expect(withClause('unknown-placeholder')).toEqual([
      'clauses/licence-grant.yaml, clause "licence-grant", variant "non-exclusive", field "text": {{licensee}} is not a placeholder the builder can fill. See src/core/library/placeholders.ts for the list.',
    ]);
  });

  it('a defined term used but not listed, and one listed but not used', () => {
    expect(withClause('unlisted-term')).toEqual([
      'clauses/background-ownership.yaml, clause "background-ownership", variant "stays-with-owner", field "terms": the text uses the defined term "Background IP" but the variant\'s terms list does not name it.',
      'clauses/background-ownership.yaml, clause "background-ownership", variant "stays-with-owner", field "terms": the terms list names "Field" but the text does not use it.',
    ]);
  });

  it('a term that definitions.yaml does not define', () => {
    expect(withClause('undefined-term')).toEqual([
      'clauses/results-use.yaml, clause "results-use", variant "research-only", field "terms": "Project Results" is listed as a defined term but definitions.yaml does not define it.',
    ]);
  });

  it('requires naming an unknown clause, and a cross-reference without requires', () => {
    expect(withClause('unknown-requires')).toEqual([
      'clauses/joint-results.yaml, clause "joint-results", variant "equal-shares", field "requires": requires names "co-ownership", but the library has no clause with that id.',
      'clauses/joint-results.yaml, clause "joint-results", variant "equal-shares", field "text": {{ref:confidentiality}} refers to clause "confidentiality", which this variant must list under requires so it is always in the agreement.',
    ]);
  });

  it('a misspelt key and a stance that does not exist', () => {
    expect(withClause('misspelt-key')).toEqual([
      'clauses/export-control.yaml, clause "export-control", variant "comply", field "stance": the stance must be protective, balanced or fallback (found "firm").',
      'clauses/export-control.yaml, clause "export-control", variant "comply": "applys" is not a field this file can have. Check the spelling.',
    ]);
  });

  it('two files with the same clause id', () => {
    const files = fixtureLibraryFiles();
    const copy = files.find((f) => f.path === 'clauses/territory.yaml');
    const issues = issuesOf([...files, { path: 'extra/clauses/territory.yaml', data: copy?.data }]);
    expect(issues.map((i) => describeLibraryIssue(i))).toContain(
      'extra/clauses/territory.yaml, clause "territory", field "id": another file (clauses/territory.yaml) already uses this clause id.',
    );
  });

  it('a playbook naming an unknown topic or role, in Chinese too', () => {
    const files = fixtureLibraryFiles().map((f) => {
      if (f.path !== 'scenarios/sample-testing.yaml') return f;
      const data = structuredClone(f.data) as { playbook: Record<string, { required: string[]; recommended: string[] }> };
      data.playbook.provider?.required.push('sample-custody');
      data.playbook.tester = { required: [], recommended: [] };
      return { ...f, data };
    });
    const issues = issuesOf(files);
    expect(issues.map((i) => describeLibraryIssue(i))).toEqual([
      expect.stringMatching(/^scenarios\/sample-testing\.yaml, field "playbook\.provider\.required\[14\]": "sample-custody" is not a topic\./),
    ]);
    const zh = files.map((f) =>
      f.path === 'scenarios/sample-testing.yaml'
        ? { ...f, data: { ...(f.data as object), playbook: { ...(f.data as { playbook: object }).playbook, provider: { required: [], recommended: [] } } } }
        : f,
    );
    expect(issuesOf(zh).map((i) => describeLibraryIssue(i, 'zh-CN'))).toEqual([
      'scenarios/sample-testing.yaml，字段“playbook.tester”：“tester”不是此场景中的角色，请使用以下之一：provider, evaluator。',
    ]);
  });

  it('a missing field, and a file that is not part of the format', () => {
    const files = fixtureLibraryFiles().filter((f) => f.path !== 'definitions.yaml');
    const gov = files.find((f) => f.path === 'clauses/governing-law.yaml');
    const data = structuredClone(gov?.data) as { variants: { note?: unknown }[] };
    delete data.variants[0]?.note;
    const issues = issuesOf([
      ...files.filter((f) => f !== gov),
      { path: 'clauses/governing-law.yaml', data },
      { path: 'notes/todo.yaml', data: {} },
    ]);
    expect(issues.map((i) => describeLibraryIssue(i))).toEqual([
      'clauses/governing-law.yaml, clause "governing-law", variant "chosen-law", field "note": this field is missing.',
      'notes/todo.yaml: this file is not part of the library format: put clauses in clauses/, scenarios in scenarios/.',
      'definitions.yaml: this file is missing from the library.',
    ]);
  });

  it('a fix-only variant that is also beside, or that questionnaire answers would choose', () => {
    const files = fixtureLibraryFiles().map((f) => {
      if (f.path !== 'clauses/confidentiality.yaml') return f;
      const data = structuredClone(f.data) as { variants: { id: string; fixOnly?: boolean; beside?: boolean; applies?: object }[] };
      const [mutual, , preserved] = data.variants;
      Object.assign(mutual!, { fixOnly: true, applies: { answers: { exclusive: ['yes'] } } });
      Object.assign(preserved!, { fixOnly: true });
      return { ...f, data };
    });
    expect(issuesOf(files).map((i) => describeLibraryIssue(i))).toEqual([
      'clauses/confidentiality.yaml, clause "confidentiality", variant "mutual", field "applies.answers": a fix-only variant is never built, so no questionnaire answer can choose it; drop applies.answers or fixOnly.',
      'clauses/confidentiality.yaml, clause "confidentiality", variant "nda-preserved", field "fixOnly": a variant marked beside is offered only as a fix already; drop fixOnly.',
    ]);
  });

  it('rule switches that name no rule, or switch one rule both on and off', () => {
    const files = fixtureLibraryFiles().map((f) =>
      f.path === 'library.yaml' ? { ...f, data: { ...(f.data as object), review: { enable: ['drafting.shall-style', 'drafting.shal'], disable: ['drafting.shall-style'] } } } : f,
    );
    const described = issuesOf(files).map((i) => describeLibraryIssue(i));
    expect(described).toHaveLength(2);
    expect(described[0]).toMatch(/^library\.yaml, field "review\.enable\[1\]": no finding rule is called "drafting\.shal"; the rules are: missing, /);
    expect(described[1]).toBe('library.yaml, field "review": the rule "drafting.shall-style" is both switched on and switched off; keep it in one list.');
  });

  it('accepts an organisation\'s rule switches and carries them to the review', () => {
    const files = fixtureLibraryFiles().map((f) => (f.path === 'library.yaml' ? { ...f, data: { ...(f.data as object), review: { enable: ['drafting.shall-style'] } } } : f));
    const result = parseLibrary(files);
    expect(result.ok && result.library.review).toEqual({ enable: ['drafting.shall-style'] });
  });

  it('takes where the organisation is established as a country code the review knows, and refuses another', () => {
    const withEstablished = (established: string) =>
      fixtureLibraryFiles().map((f) => (f.path === 'library.yaml' ? { ...f, data: { ...(f.data as object), review: { established } } } : f));
    const result = parseLibrary(withEstablished('DE'));
    expect(result.ok && result.library.review).toEqual({ established: 'DE' });
    const described = issuesOf(withEstablished('Germany')).map((i) => describeLibraryIssue(i));
    expect(described).toHaveLength(1);
    expect(described[0]).toMatch(/^library\.yaml, field "review\.established": .*CN/);
  });

  it('schedules: a reference to no schedule, a row that is neither text nor a fact with its blank, an unknown selector', () => {
    const files = fixtureLibraryFiles().map((f) => {
      if (f.path === 'definitions.yaml') {
        const data = structuredClone(f.data) as { terms: { term: string; text: string; textZh?: string }[] };
        const plan = data.terms.find((t) => t.term === 'Project Plan')!;
        plan.text = 'means the plan of the joint development work in {{schedule:work-plan}}.';
        plan.textZh = '指{{schedule:work-plan}}所载的联合开发工作计划。';
        return { ...f, data };
      }
      if (f.path !== 'library.yaml') return f;
      const data = structuredClone(f.data) as { agreement: { schedules: { particulars: { rows: Record<string, unknown>[] }[] } } };
      const rows = data.agreement.schedules.particulars[0]!.rows;
      rows[1] = { label: 'Quantity', text: '{{samples}}', fact: 'sampleQuantity', blank: '[number of units]' };
      rows[2] = { label: 'Test plan', text: '{{samples}}', when: { flammable: ['yes'] } };
      return { ...f, data };
    });
    const described = issuesOf(files).map((i) => describeLibraryIssue(i));
    expect(described).toEqual([
      'library.yaml, field "agreement.schedules.particulars[0].rows[1]": A schedule row gives either its text or a fact with its blank, not both and not neither.',
      expect.stringMatching(/^library\.yaml, field "agreement\.schedules\.particulars\[0\]\.rows\[2\]\.when\.flammable": /),
      'definitions.yaml, field "terms: Project Plan": {{schedule:work-plan}} names no schedule in library.yaml (agreement.schedules). Known schedules: disclosure-record, samples-and-tests, project-plan, products-and-prices, licensed-technology, specification.',
    ]);
  });
});
