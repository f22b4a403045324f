// Option checks: each failure is a ConfigError naming the option and what
// it accepts.
import { ConfigError } from './errors.js'

type Options = Record<string, unknown>

const show = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'function' ? 'a function' : String(value)

function fail(option: string, value: unknown, allowed: string): never {
  throw new ConfigError(option, `invalid option \`${option}\` = ${show(value)}: expected ${allowed}`)
}

/** Rejects option names that are not in `known`. */
export function onlyKnown(where: string, options: unknown, known: readonly string[]): Options {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(where, options, 'an object of options')
  }
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) {
      throw new ConfigError(name, `unknown option \`${name}\` for ${where}: the options are ${known.join(', ')}`)
    }
  }
  return options as Options
}

/** An integer in [min, max], or undefined. */
export function int(options: Options, name: string, min: number, max: number): number | undefined {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(name, value, `an integer from ${min} to ${max}`)
  }
  return value
}

/** One of `allowed`, or undefined. */
export function oneOf<T extends string>(options: Options, name: string, allowed: readonly T[]): T | undefined {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    fail(name, value, allowed.map((a) => `'${a}'`).join(', '))
  }
  return value as T
}

/** A boolean, or undefined. */
export function bool(options: Options, name: string): boolean | undefined {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') fail(name, value, 'true or false')
  return value
}

/** A non-empty string, or undefined. */
export function str(options: Options, name: string): string | undefined {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.length === 0) fail(name, value, 'a non-empty string')
  return value
}

/** A function, or undefined. */
export function fn<F>(options: Options, name: string): F | undefined {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value !== 'function') fail(name, value, 'a function')
  return value as F
}

export { fail }
