import { outcome } from '../../src/taskpane/shared/ActionMessage';
import type { FixReport, HostMessage, HostResult } from '../../src/host/types';

// What Word says beside a fix it made, or before it stopped, reaches the card that asked for it.
const fixed = (notes: HostMessage[]): HostResult<FixReport> => ({
  ok: true,
  value: { mode: 'replaced', paragraphs: 3, tracked: true },
  notes,
});
const said = () => ({ intent: 'success' as const, key: 'ui.action.fixTracked' as const });

describe('an action said with what the host noted', () => {
  it('says the note that the Chinese of a clause could not be found to conform, as a warning beside the success', () => {
    const r = outcome(fixed([{ key: 'host.note.conformNotFound', params: { clause: 'Section 7' } }]), said);
    expect(r).toEqual({ intent: 'warning', key: 'ui.action.fixTracked', more: [{ key: 'host.note.conformNotFound', params: { clause: 'Section 7' } }] });
  });

  it('says that Track Changes was not set back', () => {
    expect(outcome(fixed([{ key: 'host.note.trackingNotRestored' }]), said)?.more).toEqual([{ key: 'host.note.trackingNotRestored' }]);
  });

  it('adds nothing to a success with no notes', () => {
    expect(outcome(fixed([]), said)).toEqual({ intent: 'success', key: 'ui.action.fixTracked' });
  });

  it('says what Word changed anyway before it stopped, under the error', () => {
    const failed: HostResult<FixReport> = { ok: false, error: { key: 'host.error.word', params: { code: 'GeneralException', detail: 'stopped' } }, done: [{ key: 'host.done.rolledBack', params: { count: 2 } }, { key: 'host.done.trackingRestored' }] };
    expect(outcome(failed, said)).toEqual({
      intent: 'error',
      key: 'host.error.word',
      params: { code: 'GeneralException', detail: 'stopped' },
      more: [{ key: 'host.done.rolledBack', params: { count: 2 } }, { key: 'host.done.trackingRestored' }],
    });
  });

  it('keeps a warning a warning, and a nothing-to-say nothing', () => {
    expect(outcome(fixed([{ key: 'host.note.trackingNotRestored' }]), () => ({ intent: 'warning', key: 'fix.click.changed' }))?.intent).toBe('warning');
    expect(outcome(fixed([{ key: 'host.note.trackingNotRestored' }]), () => null)).toBeNull();
  });
});
