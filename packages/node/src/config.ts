// Client options: types, checks, and conversion to the native shape.
import type { Native } from './native.js'
import { bool, fail, fn, int, oneOf, onlyKnown, str } from './validate.js'
import { callSync, ConfigError } from './errors.js'
import { native } from './native.js'
import { createLogger, LOG_LEVELS, type Logger, type LogLevel, type LogSink } from './logger.js'

/** TLS options. Not available in this build: passing them fails with a ConfigError. */
export interface SslOptions {
  /** CA certificate(s), PEM. */
  ca?: string | Buffer
  /** Client certificate, PEM. */
  cert?: string | Buffer
  /** Client private key, PEM. */
  key?: string | Buffer
  /** Check the broker's certificate (default true). */
  rejectUnauthorized?: boolean
}

/** SASL with a user name and password. */
export interface SaslPasswordOptions {
  mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'
  username: string
  password: string
}

/** SASL/OAUTHBEARER with a token provider. */
export interface SaslOAuthBearerOptions {
  mechanism: 'oauthbearer'
  oauthBearerProvider: () => Promise<{ value: string; lifetimeMs?: number }>
}

/** SASL options. Not available in this build: passing them fails with a ConfigError. */
export type SaslOptions = SaslPasswordOptions | SaslOAuthBearerOptions

/** Options of `new Kafka(...)`. */
export interface KafkaConfig {
  /** Bootstrap brokers, `host:port`. */
  brokers: string[]
  /** Sent with every request; brokers log it. Default `ferrokafka`. */
  clientId?: string
  /** Longest wait for one request's answer. Default 30000. */
  requestTimeoutMs?: number
  /** Longest wait to connect to a broker. Default 10000. */
  connectionTimeoutMs?: number
  /** Where log lines go. Default: the console. */
  logger?: LogSink
  /** Which log lines are written. Default `'warn'`. */
  logLevel?: LogLevel
  ssl?: SslOptions | boolean
  sasl?: SaslOptions
}

const KAFKA_OPTIONS = ['brokers', 'clientId', 'requestTimeoutMs', 'connectionTimeoutMs', 'logger', 'logLevel', 'ssl', 'sasl'] as const
const MAX_MS = 2 ** 31 - 1

/** The checked client options, in the shape the native side takes. */
export interface ResolvedClient {
  native: Parameters<Native['connectAdmin']>[0]
  logger: Logger
}

function pem(options: Record<string, unknown>, name: string): string | undefined {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value === 'string' && value.length > 0) return value
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  return fail(`ssl.${name}`, value, 'a PEM string or Buffer')
}

function ssl(value: unknown): ResolvedClient['native']['ssl'] {
  if (value === undefined || value === false) return undefined
  if (value === true) return {}
  const o = onlyKnown('ssl', value, ['ca', 'cert', 'key', 'rejectUnauthorized'])
  return { ca: pem(o, 'ca'), cert: pem(o, 'cert'), key: pem(o, 'key'), rejectUnauthorized: bool(o, 'rejectUnauthorized') }
}

function sasl(value: unknown): ResolvedClient['native']['sasl'] {
  if (value === undefined) return undefined
  const base = onlyKnown('sasl', value, ['mechanism', 'username', 'password', 'oauthBearerProvider'])
  const mechanism = oneOf(base, 'mechanism', ['plain', 'scram-sha-256', 'scram-sha-512', 'oauthbearer'] as const)
  if (mechanism === undefined) fail('sasl.mechanism', undefined, "'plain', 'scram-sha-256', 'scram-sha-512' or 'oauthbearer'")
  if (mechanism === 'oauthbearer') {
    if (fn(base, 'oauthBearerProvider') === undefined) fail('sasl.oauthBearerProvider', undefined, 'a function returning a token')
    return { mechanism, hasOauthBearerProvider: true }
  }
  const username = str(base, 'username') ?? fail('sasl.username', undefined, 'a non-empty string')
  const password = str(base, 'password') ?? fail('sasl.password', undefined, 'a non-empty string')
  return { mechanism, username, password }
}

/** Checks `new Kafka(...)` options. */
export function resolveClient(config: unknown): ResolvedClient {
  if (config === undefined) throw new ConfigError('brokers', 'new Kafka(config): config is required, e.g. { brokers: ["localhost:9092"] }')
  const o = onlyKnown('new Kafka()', config, KAFKA_OPTIONS)
  const brokers = typeof o.brokers === 'string' ? o.brokers.split(',').map((b) => b.trim()).filter(Boolean) : o.brokers
  if (!Array.isArray(brokers) || brokers.length === 0 || !brokers.every((b) => typeof b === 'string' && /^.+:\d+$/.test(b))) {
    fail('brokers', o.brokers, 'a non-empty array of "host:port" strings, e.g. ["localhost:9092"]')
  }
  const logLevel = oneOf(o, 'logLevel', LOG_LEVELS) ?? 'warn'
  const sink = o.logger
  if (sink !== undefined && (sink === null || typeof sink !== 'object')) fail('logger', sink, 'an object with debug/info/warn/error methods')
  const client = {
    native: {
      brokers,
      clientId: str(o, 'clientId'),
      requestTimeoutMs: int(o, 'requestTimeoutMs', 1, MAX_MS),
      connectionTimeoutMs: int(o, 'connectionTimeoutMs', 1, MAX_MS),
      ssl: ssl(o.ssl),
      sasl: sasl(o.sasl),
    },
    logger: createLogger(sink as LogSink | undefined, logLevel),
  }
  callSync(() => native.checkClientOptions(client.native))
  return client
}

export { MAX_MS }
