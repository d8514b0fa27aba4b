/**
 * The parts of the core that the review view's actions run on the page: filling a fix clause for a
 * draft (which reads it as the review does) and rendering a recorded clause. They carry most of the
 * review engine, so they are fetched on the first action that needs them, not with the view: the
 * review itself runs in a worker.
 */
export const loadFixes = () => import(/* webpackChunkName: "fixes" */ '../../core/fix');
const loadSegment = () => import(/* webpackChunkName: "fixes" */ '../../core/review/segment');
export const loadAgreement = () => import(/* webpackChunkName: "agreement" */ '../../core/agreement');

/** How long the code an action needs may take to arrive; webpack alone would wait two minutes. */
const FETCH_MS = 30_000;

/**
 * What `load` brings, or null when its fetch failed or took longer than FETCH_MS, so a click is
 * answered with why rather than never. A fetch still under way when this gives up is kept by
 * webpack, and the next click takes it.
 */
export async function withinTime<T>(load: () => Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), FETCH_MS);
  });
  try {
    return await Promise.race([load(), late]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The code that fills our clause, or null when it did not come in time. */
export const fixParts = () => withinTime(() => Promise.all([loadFixes(), loadSegment()]));
