import type { Party, Speaker } from '../core/party.ts';
import type { Actor } from '../../schemas/actor.ts';
import { lookup } from './lookup.ts';

/** The chart colour an actor's side takes: Karabakh Armenian authorities count with Armenia. */
export function partyOf(side: Actor['side']): Party {
  if (side === 'armenia' || side === 'nagorno-karabakh') return 'armenian';
  if (side === 'azerbaijan') return 'azerbaijani';
  if (side === 'russia') return 'russian';
  return 'other';
}

/** An actor id as a chart names it: short name and side. */
export function speaker(actorId: string, actors: readonly Actor[]): Speaker {
  const a = lookup(actors, actorId, 'actor');
  return { name: a.shortName, party: partyOf(a.side) };
}
