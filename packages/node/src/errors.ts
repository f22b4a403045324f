// The error classes every call rejects with, and the mapping from the
// native engine's errors to them.

/** Options of a {@link KafkaError}. */
export interface KafkaErrorOptions {
  /** The Kafka error code, when the broker sent one. */
  code?: number
  /** The engine's name for the error kind (e.g. `REQUEST_TIMED_OUT`). */
  type?: string
  /** Whether trying the same call again may succeed. */
  retriable?: boolean
  cause?: unknown
}

/** The base class of every error this package throws. */
export class KafkaError extends Error {
  /** The Kafka error code (see the protocol's error codes), or -1 for client-side errors. */
  readonly code: number
  /** The error kind, e.g. `NOT_LEADER_OR_FOLLOWER`, `TIMEOUT`, `INVALID_CONFIGURATION`. */
  readonly type: string
  /** Whether trying the same call again may succeed. */
  readonly retriable: boolean

  constructor(message: string, options: KafkaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = options.code ?? -1
    this.type = options.type ?? 'KAFKA_ERROR'
    this.retriable = options.retriable ?? false
  }
}

/** An option is missing, of the wrong type or out of range. */
export class ConfigError extends KafkaError {
  /** The option at fault, e.g. `lingerMs`. */
  readonly option: string
  constructor(option: string, message: string) {
    super(message, { type: 'INVALID_CONFIGURATION' })
    this.option = option
  }
}

/** A call took longer than allowed. */
export class TimeoutError extends KafkaError {}
/** A record is larger than the producer or broker accepts. */
export class RecordTooLargeError extends KafkaError {}
/** The topic or partition does not exist. */
export class UnknownTopicError extends KafkaError {}
/** The broker rejected the client's credentials. */
export class AuthenticationError extends KafkaError {}
/** A TLS connection could not be set up: an untrusted or mismatched certificate, or a refused client certificate. */
export class TlsError extends KafkaError {}
/** The client's principal lacks an ACL the call needs. */
export class AuthorizationError extends KafkaError {}
/** Another producer with the same id took over; this one must stop. */
export class ProducerFencedError extends KafkaError {}
/** A record or request of the open transaction failed: the transaction must be aborted (`producer.transaction()` does so). */
export class TransactionAbortableError extends KafkaError {}
/** A transactional call out of order, e.g. `send()` outside `producer.transaction()`. */
export class TransactionStateError extends KafkaError {}
/** The broker or the connection to it is unavailable. */
export class ConnectionError extends KafkaError {}
/** The client was disconnected; create a new one. */
export class ClientClosedError extends KafkaError {}
/** The operation was aborted through its AbortSignal. */
export class AbortError extends KafkaError {
  constructor(message = 'the operation was aborted', cause?: unknown) {
    super(message, { type: 'ABORTED', cause })
  }
}

const byType: Record<string, new (message: string, options: KafkaErrorOptions) => KafkaError> = {
  TIMEOUT: TimeoutError,
  REQUEST_TIMED_OUT: TimeoutError,
  RECORD_TOO_LARGE: RecordTooLargeError,
  MESSAGE_TOO_LARGE: RecordTooLargeError,
  UNKNOWN_TOPIC_OR_PARTITION: UnknownTopicError,
  UNKNOWN_TOPIC_ID: UnknownTopicError,
  AUTHENTICATION_FAILED: AuthenticationError,
  SASL_AUTHENTICATION_FAILED: AuthenticationError,
  TLS_FAILED: TlsError,
  TOPIC_AUTHORIZATION_FAILED: AuthorizationError,
  GROUP_AUTHORIZATION_FAILED: AuthorizationError,
  CLUSTER_AUTHORIZATION_FAILED: AuthorizationError,
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: AuthorizationError,
  DELEGATION_TOKEN_AUTHORIZATION_FAILED: AuthorizationError,
  PRODUCER_FENCED: ProducerFencedError,
  INVALID_PRODUCER_EPOCH: ProducerFencedError,
  TRANSACTION_ABORTABLE: TransactionAbortableError,
  INVALID_TXN_STATE: TransactionStateError,
  DISCONNECTED: ConnectionError,
  BROKER_UNREACHABLE: ConnectionError,
  NO_BROKER_REACHABLE: ConnectionError,
  SHUTDOWN: ClientClosedError,
}

const MARKER = 'ferrokafka|'

/**
 * Turns an error from the native engine (message `ferrokafka|kind|code|retriable|text`)
 * into the matching KafkaError subclass; other errors pass through.
 */
export function fromNative(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith(MARKER)) return error
  return decodeNativeMessage(error.message, error)
}

/** Decodes one coded message from the engine. */
export function decodeNativeMessage(coded: string, cause?: unknown): KafkaError {
  const parts = coded.split('|')
  const [, type, code, retriable] = parts
  const message = parts.slice(4).join('|')
  if (type === 'INVALID_CONFIGURATION') {
    const option = /`([^`]+)`/.exec(message)?.[1] ?? 'options'
    return new ConfigError(option, message)
  }
  const Class = byType[type] ?? KafkaError
  return new Class(message, { type, code: Number(code), retriable: retriable === '1', cause })
}

/** Awaits a native call and rethrows its error as a KafkaError. */
export async function call<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    throw fromNative(error)
  }
}

/** Runs a synchronous native call and rethrows its error as a KafkaError. */
export function callSync<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    throw fromNative(error)
  }
}

/** A key or value could not be decoded by its topic's codec. */
export class DecodeError extends KafkaError {
  readonly topic: string
  readonly partition: number
  readonly offset: bigint
  constructor(what: 'key' | 'value', topic: string, partition: number, offset: bigint, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super(`cannot decode the ${what} of the record at ${topic}-${partition} offset ${offset}: ${reason}. Check the topic's codec against what its producers write`, { type: 'DECODE_ERROR', cause })
    this.topic = topic
    this.partition = partition
    this.offset = offset
  }
}
