// Config types of the admin client and their checks.
import { decodeNativeMessage, type KafkaError } from './errors.js'
import { fail, onlyKnown, str } from './validate.js'

/** A topic, or a broker by node id. */
export interface ConfigResource {
  kind: 'topic' | 'broker'
  /** The topic's name, or the broker's node id as a string. */
  name: string
}

/** One config of a resource. */
export interface ConfigEntry {
  name: string
  /** null when it has no value or the value is sensitive. */
  value: string | null
  /** Where the value comes from: `topic`, `dynamic-broker`, `static-broker`, `default`, ... */
  source: string
  isDefault: boolean
  readOnly: boolean
  sensitive: boolean
}

/** The configs of one resource, or the error it alone got. */
export interface ResourceConfigs extends ConfigResource {
  entries: ConfigEntry[]
  error?: KafkaError
}

/** One incremental change. */
export type ConfigChange =
  | { op: 'set' | 'append' | 'subtract'; name: string; value: string }
  | { op: 'delete'; name: string }

/** The changes to one resource. */
export interface ResourceChanges extends ConfigResource {
  changes: ConfigChange[]
}

/** The outcome for one resource: `error` only when it failed. */
export interface ResourceOutcome extends ConfigResource {
  error?: KafkaError
}

/** Checks one resource reference. */
export function checkResource(value: unknown, known: readonly string[] = ['kind', 'name']): ConfigResource & Record<string, unknown> {
  const o = onlyKnown('config resource', value, known)
  if (o.kind !== 'topic' && o.kind !== 'broker') fail('kind', o.kind, "'topic' or 'broker'")
  const name = str(o, 'name') ?? fail('name', o.name, 'a topic name, or a broker node id as a string')
  return { ...o, kind: o.kind, name }
}

/** Checks one resource's changes and returns them in the native shape. */
export function checkChanges(value: unknown) {
  const r = checkResource(value, ['kind', 'name', 'changes'])
  const changes = r.changes
  if (!Array.isArray(changes) || changes.length === 0) fail('changes', changes, "a non-empty array of { op, name, value }")
  const ops = changes.map((c) => {
    const o = onlyKnown('config change', c, ['op', 'name', 'value'])
    if (!['set', 'delete', 'append', 'subtract'].includes(o.op as string)) fail('op', o.op, "'set', 'delete', 'append' or 'subtract'")
    const name = str(o, 'name') ?? fail('name', o.name, 'a config name')
    const v = o.value
    if (o.op !== 'delete' && typeof v !== 'string') fail('value', v, `a string (the value to ${String(o.op)})`)
    return { op: o.op as string, name, value: o.op === 'delete' ? undefined : (v as string) }
  })
  return { kind: r.kind, name: r.name, ops }
}

/** A coded per-item error from the engine, as a KafkaError. */
export function itemError(coded: string | null | undefined): KafkaError | undefined {
  return coded ? decodeNativeMessage(coded) : undefined
}

/** A config entry from the engine. */
export function toEntry(e: { name: string; value?: string | null; source: string; isDefault: boolean; readOnly: boolean; sensitive: boolean }): ConfigEntry {
  return { name: e.name, value: e.value ?? null, source: e.source, isDefault: e.isDefault, readOnly: e.readOnly, sensitive: e.sensitive }
}
