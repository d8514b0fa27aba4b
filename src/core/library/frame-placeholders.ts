/** The placeholders each part of the agreement frame (library.yaml `agreement`) may use. */
export const FRAME_PLACEHOLDERS = {
  party: ['name', 'jurisdiction', 'shortName', 'address', 'registration'],
  preamble: ['title', 'partyA', 'partyB'],
  signing: ['name', 'shortName'],
  localDefinitions: ['section', 'definitions'],
  sharedDefinitions: ['sections', 'last', 'definitions'],
  survivalPart: ['section', 'sections', 'first', 'last', 'title'],
  scheduleName: ['number'],
  scheduleHeading: ['number', 'title'],
} as const satisfies Record<string, readonly string[]>;
