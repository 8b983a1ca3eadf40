import { describe, expect, it } from 'vitest';
import { decodeMvtLines } from './decodeMvt.ts';

// A minimal protocol-buffer writer, enough to build a vector tile by hand (spec 2.1).
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
};
const field = (no: number, wire: number): number[] => varint(no * 8 + wire);
const bytes = (no: number, body: number[]): number[] => [
  ...field(no, 2),
  ...varint(body.length),
  ...body,
];
const text = (no: number, s: string): number[] => bytes(no, [...new TextEncoder().encode(s)]);
const packed = (no: number, values: number[]): number[] => bytes(no, values.flatMap(varint));
const zz = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
const command = (id: number, count: number): number => count * 8 + id;

/** A tile with one layer `name` holding one line (tile pixels) and one point, tagged. */
function tile(name: string, line: [number, number][], extent = 4096): Uint8Array {
  const geometry: number[] = [command(1, 1), zz(line[0]![0]), zz(line[0]![1])];
  geometry.push(command(2, line.length - 1));
  for (let i = 1; i < line.length; i++)
    geometry.push(zz(line[i]![0] - line[i - 1]![0]), zz(line[i]![1] - line[i - 1]![1]));
  const lineFeature = [...packed(2, [0, 0, 1, 1]), ...field(3, 0), 2, ...packed(4, geometry)];
  const pointFeature = [...field(3, 0), 1, ...packed(4, [command(1, 1), zz(5), zz(5)])];
  const layer = [
    ...field(15, 0),
    2,
    ...text(1, name),
    ...bytes(2, lineFeature),
    ...bytes(2, pointFeature),
    ...text(3, 'type'),
    ...text(3, 'scalerank'),
    ...bytes(4, text(1, 'Road')),
    ...bytes(4, [...field(5, 0), 6]),
    ...field(5, 0),
    ...varint(extent),
  ];
  return new Uint8Array(bytes(3, layer));
}

describe('decodeMvtLines', () => {
  it('reads a line with its tags and places tile pixels on the globe (tile 0/0/0: the whole world)', () => {
    const lines = decodeMvtLines(
      tile('road', [
        [2048, 2048],
        [3072, 2048],
      ]),
      { z: 0, x: 0, y: 0 },
      'road',
    );
    expect(lines).toHaveLength(1); // the point feature is skipped
    expect(lines[0]!.properties).toEqual({ type: 'Road', scalerank: 6 });
    const [[a, b]] = lines[0]!.lines as [[number, number][]];
    expect(a![0]).toBeCloseTo(0, 9);
    expect(a![1]).toBeCloseTo(0, 9);
    expect(b![0]).toBeCloseTo(90, 9); // three quarters across = 90° E
    expect(b![1]).toBeCloseTo(0, 9);
  });

  it('uses the tile position and zoom: tile 7/80/48 starts at 45° E and about 40.98° N', () => {
    const [line] = decodeMvtLines(
      tile('road', [
        [0, 0],
        [4096, 4096],
      ]),
      { z: 7, x: 80, y: 48 },
      'road',
    );
    expect(line!.lines[0]![0]![0]).toBeCloseTo(45, 9);
    expect(line!.lines[0]![0]![1]).toBeCloseTo(40.9799, 3);
    expect(line!.lines[0]![1]![0]).toBeCloseTo(45 + 360 / 128, 9);
  });

  it('honours a layer extent other than 4096 (a quarter across = 90° W)', () => {
    const [line] = decodeMvtLines(
      tile(
        'road',
        [
          [0, 256],
          [128, 256],
        ],
        512,
      ),
      { z: 0, x: 0, y: 0 },
      'road',
    );
    expect(line!.lines[0]![1]![0]).toBeCloseTo(-90, 9);
  });

  it('returns nothing for a layer the tile does not have', () => {
    expect(
      decodeMvtLines(
        tile('water', [
          [0, 0],
          [1, 1],
        ]),
        { z: 0, x: 0, y: 0 },
        'road',
      ),
    ).toEqual([]);
  });

  it('stops on a truncated tile instead of reading past it', () => {
    const broken = tile('road', [
      [0, 0],
      [1, 1],
    ]).subarray(0, 20);
    expect(() => decodeMvtLines(broken, { z: 0, x: 0, y: 0 }, 'road')).toThrow(/vector tile/);
  });
});
