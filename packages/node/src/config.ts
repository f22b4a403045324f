// Client options: types, checks, and conversion to the native shape.
import type { Native, NativeToken } from './native.js'
import { bool, fail, fn, int, oneOf, onlyKnown, str } from './validate.js'
import { callSync, ConfigError } from './errors.js'
import { native } from './native.js'
import { createLogger, LOG_LEVELS, type Logger, type LogLevel, type LogSink } from './logger.js'

/**
 * TLS options. `ssl: true` checks the broker's certificate against the
 * system's trusted roots; with `ca`, against that bundle instead.
 */
export interface SslOptions {
  /** CA certificate(s) to trust, PEM. */
  ca?: string | Buffer
  /** Client certificate chain, PEM, for brokers that ask for one. */
  cert?: string | Buffer
  /** Private key of `cert`, PEM (PKCS#8, PKCS#1 or SEC1, unencrypted). */
  key?: string | Buffer
  /**
   * Check the broker's certificate (default true). `false` encrypts without
   * checking who answers: for development only.
   */
  rejectUnauthorized?: boolean
  /** The name to check the certificate against (and send as SNI) instead of the broker's host. */
  servername?: string
}

/** SASL with a user name and password. */
export interface SaslPasswordOptions {
  mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'
  username: string
  password: string
}

/** A token from an OAUTHBEARER provider. */
export interface OAuthBearerToken {
  /** The token (usually a JWT). */
  value: string
  /** How long the token stays valid from now, in ms. */
  lifetimeMs?: number
  /** When the token stops being valid, as a Date or ms since the epoch. */
  expiresAt?: Date | number
  /** The principal the token stands for, for logs. */
  principal?: string
  /** SASL extensions (KIP-342) sent with the token. */
  extensions?: Record<string, string>
}

/** SASL/OAUTHBEARER with a token provider. */
export interface SaslOAuthBearerOptions {
  mechanism: 'oauthbearer'
  /**
   * Called on every authentication and re-authentication of every
   * connection, so cache tokens until shortly before they expire. A
   * rejection fails the connection with an AuthenticationError carrying its
   * message (which must therefore hold no secrets).
   */
  oauthBearerProvider: () => Promise<OAuthBearerToken> | OAuthBearerToken
}

/** SASL options. */
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
  if (typeof value !== 'object' || value === null) fail('ssl', value, 'true, false or an object of TLS options')
  const o = onlyKnown('ssl', value, ['ca', 'cert', 'key', 'rejectUnauthorized', 'servername'])
  return {
    ca: pem(o, 'ca'),
    cert: pem(o, 'cert'),
    key: pem(o, 'key'),
    rejectUnauthorized: bool(o, 'rejectUnauthorized'),
    servername: str(o, 'servername'),
  }
}

function sasl(value: unknown): ResolvedClient['native']['sasl'] {
  if (value === undefined) return undefined
  const base = onlyKnown('sasl', value, ['mechanism', 'username', 'password', 'oauthBearerProvider'])
  const mechanism = oneOf(base, 'mechanism', ['plain', 'scram-sha-256', 'scram-sha-512', 'oauthbearer'] as const)
  if (mechanism === undefined) fail('sasl.mechanism', undefined, "'plain', 'scram-sha-256', 'scram-sha-512' or 'oauthbearer'")
  if (mechanism === 'oauthbearer') {
    const provider = fn<SaslOAuthBearerOptions['oauthBearerProvider']>(base, 'oauthBearerProvider')
    if (provider === undefined) fail('sasl.oauthBearerProvider', undefined, 'a function returning a token')
    return { mechanism, oauthBearerProvider: nativeProvider(provider) }
  }
  const username = str(base, 'username') ?? fail('sasl.username', undefined, 'a non-empty string')
  const password = str(base, 'password') ?? fail('sasl.password', undefined, 'a non-empty string')
  return { mechanism, username, password }
}

/** The token a provider returned, checked and in the native shape. */
function nativeToken(token: unknown): NativeToken {
  if (token === null || typeof token !== 'object') throw new Error(`it returned ${String(token)} instead of { value, lifetimeMs?, expiresAt? }`)
  const t = token as Record<string, unknown>
  if (typeof t.value !== 'string' || t.value.length === 0) throw new Error('it returned a token without a non-empty string `value`')
  let expiresAtMs: number | undefined
  if (t.expiresAt instanceof Date) expiresAtMs = t.expiresAt.getTime()
  else if (typeof t.expiresAt === 'number') expiresAtMs = t.expiresAt
  else if (typeof t.lifetimeMs === 'number') expiresAtMs = Date.now() + t.lifetimeMs
  const principal = typeof t.principal === 'string' ? t.principal : undefined
  const extensions = t.extensions !== null && typeof t.extensions === 'object' ? (t.extensions as Record<string, string>) : undefined
  return { value: t.value, expiresAtMs, principal, extensions }
}

/**
 * Wraps the user's provider so that the engine always gets a Promise of a
 * checked token: a throw or a bad token becomes a rejection, which the
 * engine reports as an AuthenticationError.
 */
function nativeProvider(provider: SaslOAuthBearerOptions['oauthBearerProvider']): () => Promise<NativeToken> {
  return async () => {
    try {
      return nativeToken(await provider())
    } catch (error) {
      throw new Error(error instanceof Error ? error.message : String(error))
    }
  }
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
