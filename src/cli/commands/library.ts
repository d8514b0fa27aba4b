import type { CliIO } from '../io';
import { UsageError } from '../io';

// Placeholder until the library command lands (see the issue that owns it).
export async function runLibrary(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError('not available yet');
}
