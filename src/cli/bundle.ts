// The bundle's one entry (scripts/build-cli.ts): the command line, and a batch's worker thread, which
// the launcher starts from the same file so both share one compiled bundle and its code cache.
export { main } from './main';
export { serveReviews } from './worker';
