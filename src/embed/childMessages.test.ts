import { describe, expect, it } from 'vitest';
import { heightMessage, pymMessage, readPymWidth, readSettings } from './childMessages.ts';
import { readHeightMessage } from './loader.ts';

describe('heightMessage', () => {
  it('is what the loader accepts', () => {
    expect(readHeightMessage(heightMessage('chart/exodus', 731))).toEqual(
      heightMessage('chart/exodus', 731),
    );
  });
});

describe('pymMessage', () => {
  it('joins pym, the child id, the type and the value with xPYMx', () => {
    expect(pymMessage('graphic-1', 'height', 812)).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx812');
  });
});

describe('readPymWidth', () => {
  it('reads the width a pym parent sends to this child', () => {
    expect(readPymWidth('pymxPYMxgraphic-1xPYMxwidthxPYMx640', 'graphic-1')).toBe(640);
  });

  it('ignores other children, other message types and anything that is not a width', () => {
    expect(readPymWidth('pymxPYMxgraphic-2xPYMxwidthxPYMx640', 'graphic-1')).toBeNull();
    expect(readPymWidth('pymxPYMxgraphic-1xPYMxheightxPYMx640', 'graphic-1')).toBeNull();
    expect(readPymWidth('pymxPYMxgraphic-1xPYMxwidthxPYMx640px', 'graphic-1')).toBeNull();
    expect(readPymWidth({ width: 640 }, 'graphic-1')).toBeNull();
  });
});

describe('readSettings', () => {
  const ok = { type: 'karabakh:embed-settings', theme: 'dark', names: null, topNavigation: false };

  it('accepts the loader’s settings', () => {
    expect(readSettings(ok)).toEqual(ok);
  });

  it('rejects unknown values rather than guessing', () => {
    expect(readSettings({ ...ok, theme: 'sepia' })).toBeNull();
    expect(readSettings({ ...ok, names: 'fr' })).toBeNull();
    expect(readSettings({ ...ok, topNavigation: 'no' })).toBeNull();
    expect(readSettings({ ...ok, type: 'other' })).toBeNull();
    expect(readSettings('karabakh:embed-settings')).toBeNull();
  });
});
