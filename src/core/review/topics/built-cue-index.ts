import type { CueIndex } from './cue-words';

/**
 * The topic cues' index worked out when the command line is built: its bundle replaces this module
 * with one returning the index of the same detectors (scripts/build-cli.ts). From source there is
 * none and the cues are read at start.
 */
export function builtCueIndex(): CueIndex | null {
  return null;
}
