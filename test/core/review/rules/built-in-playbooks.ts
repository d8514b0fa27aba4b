// The built-in clause library and its playbooks, for rule tests that review through the whole engine
// as counsel's positions weigh it.
import { loadLibraryDir } from '../../../../src/cli/library-files';
import type { Playbooks } from '../../../../src/core/review';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in clause library does not load');
export const library = loaded.library;
export const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));
