// Typed topics: a name with the codecs of its keys and values.
import { buffer, type Codec } from './codecs.js'
import { ConfigError } from './errors.js'

/** A topic whose keys are of type K and values of type V. */
export interface Topic<K = Buffer, V = Buffer> {
  readonly name: string
  readonly key: Codec<K>
  readonly value: Codec<V>
}

/** A topic given by object or by name (a name means raw Buffer keys and values). */
export type TopicLike<K, V> = Topic<K, V> | string

/** Codecs of a topic; each defaults to `buffer()`. */
export interface TopicCodecs<K, V> {
  key?: Codec<K>
  value?: Codec<V>
}

/** Declares a typed topic: `topic('orders', { key: string(), value: json<Order>() })`. */
export function topic<K = Buffer, V = Buffer>(name: string, codecs: TopicCodecs<K, V> = {}): Topic<K, V> {
  if (typeof name !== 'string' || name.length === 0) {
    throw new ConfigError('name', `topic name ${JSON.stringify(name)} is invalid: give a non-empty string`)
  }
  return Object.freeze({
    name,
    key: codecs.key ?? (buffer() as unknown as Codec<K>),
    value: codecs.value ?? (buffer() as unknown as Codec<V>),
  })
}

/** The topic object for a topic or a name. */
export function resolveTopic<K, V>(t: TopicLike<K, V>): Topic<K, V> {
  return typeof t === 'string' ? (topic(t) as unknown as Topic<K, V>) : t
}
