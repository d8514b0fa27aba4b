// Contract text reviewed through the whole engine for one side of a scenario, as counsel's positions
// in the built-in clause library weigh it: the set-up the rule and topic tests share.
import { loadLibraryDir } from '../../src/cli/library-files';
import { fromText, review, type Playbooks, type ReviewOptions } from '../../src/core/review';
import { describeLibraryIssue } from '../../src/core/library';

const loaded = loadLibraryDir();
// A broken library fails the test with the library's own messages.
if (!loaded.ok) throw new Error(loaded.issues.map((i) => describeLibraryIssue(i)).join('\n'));
export const library = loaded.library;
export const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

/** Whose review it is: the scenario, our role in it and, where the test needs one, the language. */
export type Side = Required<Pick<ReviewOptions, 'scenario' | 'role'>> & Pick<ReviewOptions, 'locale'>;

export const reviewAs = (text: string, side: Side) => review(fromText(text), { ...side, playbooks, library });

type Found = ReturnType<typeof reviewAs>['findings'];

/** Each finding as rule/topic, the way the tests name what was found. */
export const ruleTopics = (findings: Found) => findings.map((f) => `${f.rule}/${f.topic}`);

/** Whether the review says the topic is missing. */
export const missesTopic = (findings: Found, topic: string) => findings.some((f) => f.rule === 'missing' && f.topic === topic);
