import type { HostCapabilities, HostResult } from '../types';
import type { WordApi } from './api';
import { failed, ok, wordError } from './errors';

/** Word wants the file as base64; encoded in slices so a large report does not overflow the call stack. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One round trip: Word creates the document and opens it (a new window, or a new tab on the web). */
export async function openDocument(api: WordApi, caps: HostCapabilities, docx: Uint8Array): Promise<HostResult<null>> {
  if (!caps.openDocument) return failed({ key: 'host.limit.api13' });
  try {
    await api.run(async (ctx) => {
      ctx.application.createDocument(base64(docx)).open();
      await ctx.sync();
    });
    return ok(null);
  } catch (err) {
    return failed(wordError(err));
  }
}
