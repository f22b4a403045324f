// Packs the records of one send into one buffer plus flat tables, the
// shape the native producer takes (see bindings-node/src/producer.rs).
/** Header values: a string (UTF-8), bytes, or null. */
export type HeaderValue = string | Buffer | null
/** Headers as an object, or as pairs when a name repeats. */
export type Headers = Record<string, HeaderValue> | Array<[string, HeaderValue]>

/** A record to send to a topic with keys of type K and values of type V. */
export interface ProducerRecord<K, V> {
  key?: K | null
  value: V | null
  headers?: Headers
  /** An explicit partition; otherwise the partitioner chooses. */
  partition?: number
  /** Milliseconds since the epoch, or a Date; default: now. */
  timestamp?: number | Date
}

export const RECORD_FIELDS = 7
export const HEADER_FIELDS = 4

/** The packed form of one send. */
export interface Packed {
  data: Buffer
  records: Int32Array
  timestamps: Float64Array
  headers: Int32Array
}

function headerPairs(headers: Headers | undefined): Array<[string, HeaderValue]> {
  if (headers === undefined) return []
  return Array.isArray(headers) ? headers : Object.entries(headers)
}

const bytesOf = (v: HeaderValue | Uint8Array): Buffer | null =>
  v === null ? null : typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)

/**
 * Encodes keys and values with the topic's codecs and packs everything.
 * `partitions[i]`, when given, overrides record i's partition (a partitioner
 * written in JavaScript chose it).
 */
export function pack<K, V>(records: readonly ProducerRecord<K, V>[], keys: (Buffer | null)[], values: (Buffer | null)[], partitions?: Int32Array): Packed {
  const n = records.length
  const table = new Int32Array(n * RECORD_FIELDS)
  const timestamps = new Float64Array(n)
  const parts: Buffer[] = []
  const headerRows: number[] = []
  let offset = 0
  const put = (b: Buffer | null): [number, number] => {
    if (b === null) return [0, -1]
    parts.push(b)
    offset += b.length
    return [offset - b.length, b.length]
  }
  for (let i = 0; i < n; i++) {
    const r = records[i]
    const row = i * RECORD_FIELDS
    table[row] = partitions ? partitions[i] : (r.partition ?? -1)
    ;[table[row + 1], table[row + 2]] = put(keys[i])
    ;[table[row + 3], table[row + 4]] = put(values[i])
    const pairs = headerPairs(r.headers)
    table[row + 5] = headerRows.length / HEADER_FIELDS
    table[row + 6] = pairs.length
    for (const [name, value] of pairs) {
      const [ks, kl] = put(Buffer.from(name, 'utf8'))
      const [vs, vl] = put(bytesOf(value))
      headerRows.push(ks, kl, vs, vl)
    }
    const ts = r.timestamp
    timestamps[i] = ts === undefined ? NaN : ts instanceof Date ? ts.getTime() : ts
  }
  return { data: Buffer.concat(parts, offset), records: table, timestamps, headers: Int32Array.from(headerRows) }
}
