/**
 * The parts of the core that the review view's actions run on the page: filling a fix clause for a
 * draft (which reads it as the review does) and rendering a recorded clause. They carry most of the
 * review engine, so they are fetched on the first action that needs them, not with the view: the
 * review itself runs in a worker.
 */
export const loadFixes = () => import(/* webpackChunkName: "fixes" */ '../../core/fix');
export const loadSegment = () => import(/* webpackChunkName: "fixes" */ '../../core/review/segment');
export const loadAgreement = () => import(/* webpackChunkName: "agreement" */ '../../core/agreement');
