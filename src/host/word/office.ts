import type { WordApi } from './api';

/**
 * The real Word API, bound at call time (never at import time, so tests and the workspace can load
 * host code without Office.js). Assigning the real objects to WordApi is what makes the compiler
 * check that api.ts matches @types/office-js.
 */
export function officeWordApi(): WordApi {
  return { run: (batch) => Word.run(batch), requirements: Office.context.requirements };
}
