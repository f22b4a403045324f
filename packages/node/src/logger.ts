// Logging of the TypeScript layer: lifecycle, rebalances, errors.

/** Log levels, from silent to chatty. */
export const LOG_LEVELS = ['nothing', 'error', 'warn', 'info', 'debug'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Where log lines go; `console` fits. Each method receives a message and structured fields. */
export interface LogSink {
  debug?(message: string, fields?: Record<string, unknown>): void
  info?(message: string, fields?: Record<string, unknown>): void
  warn?(message: string, fields?: Record<string, unknown>): void
  error?(message: string, fields?: Record<string, unknown>): void
}

/** A sink filtered by level. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

export function createLogger(sink: LogSink = console, level: LogLevel = 'warn'): Logger {
  const rank = LOG_LEVELS.indexOf(level)
  const at = (name: Exclude<LogLevel, 'nothing'>) => {
    const method = sink[name]
    if (LOG_LEVELS.indexOf(name) > rank || typeof method !== 'function') return () => {}
    return (message: string, fields?: Record<string, unknown>) =>
      fields === undefined ? method.call(sink, `[ferrokafka] ${message}`) : method.call(sink, `[ferrokafka] ${message}`, fields)
  }
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}
