import type { ReviewContext } from '../context';
import { namedReceiver, ourSide } from './side';

/**
 * Which way information flows for our side. The sharing side (A) discloses; the other side (B)
 * receives. In joint development both sides share; a developer building to a customer's
 * specification receives the customer's information.
 */
export function weDisclose(ctx: ReviewContext): boolean {
  return ourSide(ctx) === 'A' || ctx.scenario === 'joint-development';
}

export function weReceive(ctx: ReviewContext): boolean {
  const named = namedReceiver(ctx);
  if (named) return named.side === 'both' || (named.side !== undefined && named.side === ourSide(ctx));
  return ourSide(ctx) === 'B' || ctx.role === 'developer';
}
