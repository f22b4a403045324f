// Partition, offset, record and cluster types of the admin client, and their checks.
import type { KafkaError } from './errors.js'
import { fail, int, onlyKnown, str } from './validate.js'

/** A topic's new partition count, optionally with each new partition's replicas. */
export interface NewPartitions {
  topic: string
  /** The total number of partitions after the call. */
  count: number
  /** For each new partition, the node ids of its replicas, preferred leader first. */
  assignment?: number[][]
}

/** Which offset `listOffsets` looks up. */
export type OffsetQuerySpec = 'earliest' | 'latest' | { timestamp: number }

/** One partition's looked-up offset, or the error it alone got. */
export interface ListedOffset {
  topic: string
  partition: number
  /** null when no record is as recent as the timestamp asked for. */
  offset: number | null
  /** The record's timestamp (lookups by timestamp only). */
  timestamp: number | null
  error?: KafkaError
}

/** One partition's new low watermark, or the error it alone got. */
export interface DeletedRecords {
  topic: string
  partition: number
  lowWatermark: number | null
  error?: KafkaError
}

/** The cluster's id, controller and live brokers. */
export interface ClusterDescription {
  clusterId: string | null
  controllerId: number | null
  brokers: { nodeId: number; host: string; port: number; rack: string | null }[]
}

const MAX_INT = 2 ** 31 - 1

/** Checks one createPartitions item. */
export function checkNewPartitions(value: unknown) {
  const o = onlyKnown('createPartitions() topic', value, ['topic', 'count', 'assignment'])
  const topic = str(o, 'topic') ?? fail('topic', o.topic, 'a topic name')
  const count = int(o, 'count', 1, MAX_INT) ?? fail('count', o.count, 'the total partition count after the call')
  const a = o.assignment
  if (a !== undefined && (!Array.isArray(a) || !a.every((r) => Array.isArray(r) && r.every((n) => Number.isInteger(n))))) {
    fail('assignment', a, 'an array, per new partition, of broker node ids')
  }
  return { topic, count, assignment: a as number[][] | undefined }
}

/** Checks where `listOffsets` looks, in the native shape. */
export function checkSpec(spec: unknown): { spec: string; timestamp?: number } {
  if (spec === 'earliest' || spec === 'latest') return { spec }
  if (spec !== null && typeof spec === 'object') {
    const timestamp = int(onlyKnown('spec', spec, ['timestamp']), 'timestamp', 0, Number.MAX_SAFE_INTEGER)
    if (timestamp !== undefined) return { spec: 'timestamp', timestamp }
  }
  return fail('spec', spec, "'earliest', 'latest' or { timestamp: ms since the epoch }")
}

/** Checks one `{ topic, partition, offset }` of deleteRecords (`offset` -1: everything). */
export function checkDeleteBefore(value: unknown) {
  const o = onlyKnown('deleteRecords() partition', value, ['topic', 'partition', 'offset'])
  const topic = str(o, 'topic') ?? fail('topic', o.topic, 'a topic name')
  const partition = int(o, 'partition', 0, MAX_INT) ?? fail('partition', o.partition, 'a partition index')
  const offset = int(o, 'offset', -1, Number.MAX_SAFE_INTEGER) ?? fail('offset', o.offset, 'an offset, or -1 for every record')
  return { topic, partition, offset }
}

/** One API a broker speaks, with the versions it accepts. */
export interface ApiVersionRange {
  apiKey: number
  /** The API's name (`Produce`), or null for a key this client does not know. */
  name: string | null
  minVersion: number
  maxVersion: number
}

/** A feature's supported version range, or its finalized level (`max`). */
export interface FeatureRange {
  name: string
  min: number
  max: number
}

/** What one broker supports, or the error that kept it from answering (then the lists are empty). */
export interface BrokerVersions {
  nodeId: number
  apis: ApiVersionRange[]
  supportedFeatures: FeatureRange[]
  finalizedFeatures: FeatureRange[]
  /** The epoch of the finalized features; -1 when unknown. */
  finalizedFeaturesEpoch: number
  error?: KafkaError
}
