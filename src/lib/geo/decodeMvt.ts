import type { Position } from 'geojson';

/**
 * A line feature of one layer of a Mapbox Vector Tile, in WGS84 lon/lat: what the roads
 * extraction needs (points and polygons are skipped; no such layer is read).
 */
export interface MvtLine {
  properties: Record<string, string | number | boolean>;
  lines: Position[][];
}

/** Protocol-buffer wire types used by the vector tile format. */
const VARINT = 0;
const FIXED64 = 1;
const BYTES = 2;
const FIXED32 = 5;

/** A cursor over a protocol-buffer message. */
class Reader {
  readonly buf: Uint8Array;
  readonly end: number;
  pos: number;
  constructor(buf: Uint8Array, start = 0, end = buf.length) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new Error('vector tile: truncated varint');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * 2 ** shift; // multiplication, not <<: ids may pass 2^31
      if (b < 0x80) return result;
      shift += 7;
    }
  }
  /** The bytes of a length-delimited field, as a reader of their own. */
  sub(): Reader {
    const len = this.varint();
    const start = this.pos;
    this.pos += len;
    if (this.pos > this.end) throw new Error('vector tile: field runs past its message');
    return new Reader(this.buf, start, start + len);
  }
  skip(wire: number): void {
    if (wire === VARINT) this.varint();
    else if (wire === FIXED64) this.pos += 8;
    else if (wire === BYTES) this.pos += this.varint();
    else if (wire === FIXED32) this.pos += 4;
    else throw new Error(`vector tile: unknown wire type ${wire}`);
  }
  done(): boolean {
    return this.pos >= this.end;
  }
  /** Reads the message's fields in order, handing each (field number, wire type) to `onField`. */
  fields(onField: (field: number, wire: number) => boolean): void {
    while (!this.done()) {
      const tag = this.varint();
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (!onField(field, wire)) this.skip(wire);
    }
  }
}

const utf8 = new TextDecoder();
const zigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/** A layer's value table entry (vector tile spec 4.1, Value). */
function readValue(r: Reader): string | number | boolean {
  let value: string | number | boolean = '';
  r.fields((field, wire) => {
    const view = new DataView(r.buf.buffer, r.buf.byteOffset + r.pos);
    if (field === 1 && wire === BYTES) {
      const s = r.sub();
      value = utf8.decode(r.buf.subarray(s.pos, s.end));
    } else if (field === 2 && wire === FIXED32) {
      value = view.getFloat32(0, true);
      r.pos += 4;
    } else if (field === 3 && wire === FIXED64) {
      value = view.getFloat64(0, true);
      r.pos += 8;
    } else if ((field === 4 || field === 5) && wire === VARINT) value = r.varint();
    else if (field === 6 && wire === VARINT) value = zigzag(r.varint());
    else if (field === 7 && wire === VARINT) value = r.varint() !== 0;
    else return false;
    return true;
  });
  return value;
}

/** Packed uint32s of a length-delimited field. */
function readPacked(r: Reader): number[] {
  const s = r.sub();
  const out: number[] = [];
  while (!s.done()) out.push(s.varint());
  return out;
}

/** Tile pixel (x, y) at zoom z with the layer's extent → [lon, lat] (spherical Mercator). */
function toLonLat(
  px: number,
  py: number,
  tile: { z: number; x: number; y: number },
  extent: number,
): Position {
  const size = extent * 2 ** tile.z;
  const gx = tile.x * extent + px;
  const gy = tile.y * extent + py;
  const lon = (gx / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * gy) / size))) * 180) / Math.PI;
  return [lon, lat];
}

/** Decodes a line geometry's command stream (MoveTo, LineTo) into its lines, in tile pixels. */
function decodeLines(commands: number[]): [number, number][][] {
  const lines: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let i = 0;
  while (i < commands.length) {
    const header = commands[i++]!;
    const id = header & 7;
    const count = Math.floor(header / 8);
    if (id === 7) continue; // ClosePath: polygons only
    if (id !== 1 && id !== 2) throw new Error(`vector tile: unknown geometry command ${id}`);
    for (let k = 0; k < count; k++) {
      x += zigzag(commands[i++]!);
      y += zigzag(commands[i++]!);
      if (id === 1) lines.push([[x, y]]);
      else lines[lines.length - 1]?.push([x, y]);
    }
  }
  return lines.filter((l) => l.length >= 2);
}

/**
 * The line features of layer `layerName` in a Mapbox Vector Tile (spec 2.1, uncompressed) for tile
 * z/x/y, with their properties and lon/lat positions. Features of other geometry types are
 * skipped. Positions keep the tile's own precision (1/extent of the tile); round them afterwards.
 */
export function decodeMvtLines(
  data: Uint8Array,
  tile: { z: number; x: number; y: number },
  layerName: string,
): MvtLine[] {
  const out: MvtLine[] = [];
  // Layers (tile field 3) hold the features; other top-level fields are skipped.
  const top = new Reader(data);
  while (!top.done()) {
    const tag = top.varint();
    if (Math.floor(tag / 8) !== 3 || (tag & 7) !== BYTES) {
      top.skip(tag & 7);
      continue;
    }
    const layer = top.sub();
    let name = '';
    let extent = 4096;
    const keys: string[] = [];
    const values: (string | number | boolean)[] = [];
    const features: { tags: number[]; type: number; geometry: number[] }[] = [];
    layer.fields((f, w) => {
      if (f === 1 && w === BYTES) {
        const s = layer.sub();
        name = utf8.decode(data.subarray(s.pos, s.end));
      } else if (f === 2 && w === BYTES) {
        const fr = layer.sub();
        const feat = { tags: [] as number[], type: 0, geometry: [] as number[] };
        fr.fields((ff, fw) => {
          if (ff === 2 && fw === BYTES) feat.tags = readPacked(fr);
          else if (ff === 3 && fw === VARINT) feat.type = fr.varint();
          else if (ff === 4 && fw === BYTES) feat.geometry = readPacked(fr);
          else return false;
          return true;
        });
        features.push(feat);
      } else if (f === 3 && w === BYTES) {
        const s = layer.sub();
        keys.push(utf8.decode(data.subarray(s.pos, s.end)));
      } else if (f === 4 && w === BYTES) values.push(readValue(layer.sub()));
      else if (f === 5 && w === VARINT) extent = layer.varint();
      else return false;
      return true;
    });
    if (name !== layerName) continue;
    for (const feat of features) {
      if (feat.type !== 2) continue; // 2 = LINESTRING
      const properties: MvtLine['properties'] = {};
      for (let i = 0; i + 1 < feat.tags.length; i += 2) {
        const key = keys[feat.tags[i]!];
        const value = values[feat.tags[i + 1]!];
        if (key !== undefined && value !== undefined) properties[key] = value;
      }
      const lines = decodeLines(feat.geometry).map((l) =>
        l.map(([px, py]) => toLonLat(px, py, tile, extent)),
      );
      if (lines.length > 0) out.push({ properties, lines });
    }
  }
  return out;
}
