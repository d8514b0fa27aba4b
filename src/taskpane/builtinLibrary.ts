import type { Library } from '../core/library';

/**
 * The built-in clause library, validated. webpack replaces this module with the library read from
 * clause-library/ and validated at build time (scripts/library-loader.cjs); the test suite validates
 * the same files. Imported dynamically so it stays out of the start chunk.
 */
export declare const BUILTIN_LIBRARY: Library;
