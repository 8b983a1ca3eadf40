import { describe, expect, it } from 'vitest';
import type { Actor } from '../../schemas/actor.ts';
import { partyOf, speaker } from './speaker.ts';

const actors: Actor[] = [
  { id: 'nk-mod', name: 'Defence Army', shortName: 'Artsakh MoD', side: 'nagorno-karabakh' },
  { id: 'bbc', name: 'BBC News', shortName: 'BBC', side: 'media' },
];

describe('partyOf', () => {
  it('counts Karabakh Armenian authorities with the Armenian side', () => {
    expect(partyOf('nagorno-karabakh')).toBe('armenian');
    expect(partyOf('armenia')).toBe('armenian');
  });
  it('gives media, mediators and researchers the neutral colour', () => {
    expect(partyOf('media')).toBe('other');
    expect(partyOf('mediator')).toBe('other');
    expect(partyOf('turkey')).toBe('other');
  });
});

describe('speaker', () => {
  it('uses the short name', () => {
    expect(speaker('bbc', actors)).toEqual({ name: 'BBC', party: 'other' });
  });
  it('fails on an unknown actor, naming it', () => {
    expect(() => speaker('cnn', actors)).toThrow(/unknown actor "cnn"/);
  });
});
