import { fillTokens, type Library } from '../library';
import type { Answers, SelectorName } from '../questionnaire';
import { disclosureSchedule, DISCLOSURE_SCHEDULE } from '../prepare/schedule';
import { selectorsOf } from './answers';
import type { RenderedSchedule } from './rendered';
import { BuildError } from './values';

type Frame = NonNullable<NonNullable<Library['agreement']>['schedules']>;

/**
 * Numbers schedules as clause text first names them ({{schedule:ID}} -> "Schedule 2"), so the
 * agreement carries exactly the schedules its words refer to, in that order.
 */
export class ScheduleNumbers {
  private readonly order: string[] = [];

  constructor(
    private readonly library: Library,
    private readonly frame: Frame | undefined,
  ) {}

  /** "Schedule 2" for a schedule id, numbering it now if this is its first mention. */
  name(id: string): string {
    if (!this.frame) throw new BuildError(`The library "${this.library.id}" has no "agreement.schedules" in library.yaml, so its text cannot refer to schedule "${id}".`);
    if (!this.order.includes(id)) this.order.push(id);
    return this.label(this.frame.name, id);
  }

  /** The schedules named so far, in number order. */
  named(): readonly string[] {
    return this.order;
  }

  label(template: string, id: string, title = ''): string {
    const number = String(this.order.indexOf(id) + 1);
    return fillTokens(template, (t) => (t.kind === 'unknown' && t.name === 'number' ? number : t.kind === 'unknown' && t.name === 'title' ? title : t.raw));
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills a schedule's words: clause placeholders from the answers, nothing else. */
type Fill = (text: string) => string;

/**
 * The schedules the text named, filled from the answers: the disclosure record from the record,
 * the others row by row, each fact as the answers give it or as the library's visible blank.
 */
export function renderSchedules(library: Library, answers: Answers, numbers: ScheduleNumbers, fill: Fill): RenderedSchedule[] {
  const frame = library.agreement?.schedules;
  if (!frame) return [];
  const selectors = selectorsOf(answers);
  return numbers.named().map((id): RenderedSchedule => {
    if (id === DISCLOSURE_SCHEDULE) {
      const words = frame.record;
      return disclosureSchedule(answers.disclosures ?? [], { ...words, title: numbers.label(frame.heading, id, words.title), intro: fill(words.intro) });
    }
    const schedule = frame.particulars.find((s) => s.id === id);
    if (!schedule) throw new BuildError(`The library "${library.id}" has no schedule "${id}" in agreement.schedules.`);
    const rows = schedule.rows.filter((row) =>
      Object.entries(row.when ?? {}).every(([name, values]) => values.includes(selectors[name as SelectorName])),
    );
    return {
      id,
      title: numbers.label(frame.heading, id, schedule.title),
      intro: schedule.intro ? [fill(schedule.intro)] : [],
      columns: [frame.columns.item, frame.columns.particulars],
      labelled: true,
      rows: rows.map((row) => [fill(row.label), capitalise(row.text ? fill(row.text) : ((row.fact && answers.particulars?.[row.fact]) ?? row.blank ?? ''))]),
    };
  });
}
