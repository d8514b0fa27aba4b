import type { WordApi } from '../../../src/host/word/api';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT, FINDINGS, renderFromFixture, TERMS } from '../fixtures';

describe('capabilities', () => {
  it('follow the requirement sets Word offers, with a message for each missing feature', () => {
    const of = (v: '1.3' | '1.4' | '1.6') => createWordHost(new FakeWord(DRAFT, v).api, 'en').capabilities();
    expect(of('1.3')).toMatchObject({
      apiSets: { '1.3': true, '1.4': false, '1.6': false },
      comments: false,
      trackedFixes: false,
      recordValues: false,
      readRevisions: false,
      limits: [{ key: 'host.limit.comments' }, { key: 'host.limit.tracking' }, { key: 'host.limit.record' }, { key: 'host.limit.revisions' }],
    });
    expect(of('1.4')).toMatchObject({ comments: true, trackedFixes: true, readRevisions: false, limits: [{ key: 'host.limit.revisionAuthors' }] });
    expect(of('1.6')).toMatchObject({ readRevisions: true, limits: [] });
  });

  it('degrade every operation to a catalog message on Word older than WordApi 1.3, touching nothing', async () => {
    const word = new FakeWord(DRAFT);
    const old: WordApi = {
      run: word.api.run,
      requirements: {
        isSetSupported: () => {
          throw new Error('Office.context.requirements is not available');
        },
      },
    };
    const host = createWordHost(old, 'en');
    expect(host.capabilities()).toMatchObject({ read: false, insert: false, limits: [{ key: 'host.limit.api13' }] });
    const results = await Promise.all([
      host.readDocument(),
      host.insertClauses(TERMS, 'end'),
      host.listClauses(),
      host.checkDrift(renderFromFixture),
      host.markFindings(FINDINGS),
      host.clearMarks(),
      host.goTo(FINDINGS[0]!),
    ]);
    for (const r of results) expect(r).toEqual({ ok: false, error: { key: 'host.limit.api13' }, done: [{ key: 'host.done.nothing' }] });
    expect(await host.applyFix(FINDINGS[3]!, TERMS.clauses[2]!)).toMatchObject({ ok: false, error: { key: 'host.error.needsTracking' } });
    expect(word.syncs).toBe(0);
  });
});
