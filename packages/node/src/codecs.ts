// Codecs turn keys and values into bytes and back. They run in JavaScript,
// on the caller's side of the native boundary.

/** Anything with a zod-style `parse()`: validates and returns the typed value. */
export interface Parser<T> {
  parse(input: unknown): T
}

/** Encodes values of type T to bytes and decodes them back. */
export interface Codec<T> {
  encode(value: T): Buffer
  decode(bytes: Buffer): T
}

/** The value type a codec carries. */
export type CodecType<C> = C extends Codec<infer T> ? T : never

/** UTF-8 strings. */
export function string(): Codec<string> {
  return {
    encode: (value) => Buffer.from(value, 'utf8'),
    decode: (bytes) => bytes.toString('utf8'),
  }
}

/** Raw bytes, passed through. */
export function buffer(): Codec<Buffer> {
  return {
    encode: (value) => value,
    decode: (bytes) => bytes,
  }
}

/**
 * JSON. With a parser (e.g. a zod schema), decoded values are validated by
 * its `parse()`, which throws on a value of the wrong shape.
 */
export function json<T = unknown>(parser?: Parser<T>): Codec<T> {
  return {
    encode: (value) => Buffer.from(JSON.stringify(value), 'utf8'),
    decode: (bytes) => {
      const value: unknown = JSON.parse(bytes.toString('utf8'))
      return parser ? parser.parse(value) : (value as T)
    },
  }
}

/** Options of a custom codec: `decode` may be a function or anything with `parse()`. */
export interface CodecOptions<T> {
  encode(value: T): Buffer | Uint8Array | string
  decode: ((bytes: Buffer) => T) | Parser<T>
}

/** A codec from an encoder and a decoder (a function or a zod-style parser of the bytes). */
export function codec<T>(options: CodecOptions<T>): Codec<T> {
  const { encode, decode } = options
  const toBuffer = (out: Buffer | Uint8Array | string): Buffer =>
    typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.isBuffer(out) ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength)
  return {
    encode: (value) => toBuffer(encode(value)),
    decode: typeof decode === 'function' ? decode : (bytes) => decode.parse(bytes),
  }
}
