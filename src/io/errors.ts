import { t, type Locale, type MessageKey, type MessageParams } from '../core/i18n';

/** Why a file could not be read (as a .docx or as text); the CLI maps every one of these to exit code 2. */
export const DOCX_ERROR_CODES = [
  'encrypted',
  'legacy-doc',
  'ole-unknown',
  'not-zip',
  'corrupt',
  'not-docx',
  'zip-bomb',
  'too-large',
  'xml',
  'text-empty',
  'text-binary',
  'text-utf16',
  'text-encoding',
  'text-too-large',
  'unsupported',
  'file-too-large',
  'too-complex',
] as const;
export type DocxErrorCode = (typeof DOCX_ERROR_CODES)[number];

const KEYS: Record<DocxErrorCode, MessageKey> = {
  encrypted: 'io.error.encrypted',
  'legacy-doc': 'io.error.legacyDoc',
  'ole-unknown': 'io.error.oleUnknown',
  'not-zip': 'io.error.notZip',
  corrupt: 'io.error.corrupt',
  'not-docx': 'io.error.notDocx',
  'zip-bomb': 'io.error.zipBomb',
  'too-large': 'io.error.tooLarge',
  xml: 'io.error.xml',
  'text-empty': 'io.error.textEmpty',
  'text-binary': 'io.error.textBinary',
  'text-utf16': 'io.error.textUtf16',
  'text-encoding': 'io.error.textEncoding',
  'text-too-large': 'io.error.textTooLarge',
  unsupported: 'io.error.unsupported',
  'file-too-large': 'io.error.fileTooLarge',
  'too-complex': 'io.error.tooComplex',
};

/** A file we refuse to read, with a message the user can act on (English; `describe` for others). */
export class DocxError extends Error {
  override readonly name = 'DocxError';
  constructor(
    readonly code: DocxErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(t('en', KEYS[code], params));
  }

  describe(locale: Locale): string {
    return t(locale, KEYS[this.code], this.params);
  }
}

export function isDocxError(err: unknown): err is DocxError {
  return err instanceof DocxError;
}
