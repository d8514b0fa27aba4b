import type { ReviewContext } from '../context';
import { namedReceiver, ourSide } from './side';

/**
 * Which way information flows for our side. The sharing side (A) discloses; the other side (B)
 * receives. In joint development both sides share; a developer building to a customer's
 * specification receives the customer's information, so the customer discloses it too, unless the
 * draft names the customer alone its "Recipient".
 */
export function weDisclose(ctx: ReviewContext): boolean {
  if (ourSide(ctx) === 'A' || ctx.scenario === 'joint-development') return true;
  if (ctx.role !== 'customer') return false;
  const named = namedReceiver(ctx);
  if (named) return named.side === 'both' || (named.side !== undefined && named.side !== ourSide(ctx));
  return true;
}

export function weReceive(ctx: ReviewContext): boolean {
  const named = namedReceiver(ctx);
  if (named) return named.side === 'both' || (named.side !== undefined && named.side === ourSide(ctx));
  return ourSide(ctx) === 'B' || ctx.role === 'developer';
}
