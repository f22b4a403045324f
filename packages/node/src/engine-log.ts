// Forwards the engine's own log events (Rust `tracing`) to the loggers of
// every `Kafka` instance. The engine is one per process, so each logger
// receives all engine events at or above its own level; the native side
// filters at the most verbose level any instance asked for.
import { LOG_LEVELS, type LogLevel, type Logger } from './logger.js'
import { native } from './native.js'

/** One engine event as the native side passes it. */
interface EngineLogEntry {
  level: string
  message: string
  target: string
  fields: Record<string, string>
}

const sinks: { logger: Logger; rank: number }[] = []
let nativeRank = -1

function deliver(entry: EngineLogEntry): void {
  const rank = LOG_LEVELS.indexOf(entry.level as LogLevel)
  const name = entry.level as Exclude<LogLevel, 'nothing'>
  for (const sink of sinks) {
    if (rank > sink.rank) continue
    try {
      sink.logger[name](entry.message, { target: entry.target, ...entry.fields })
    } catch {
      // A throwing logger must not break the engine or the other loggers.
    }
  }
}

/** Sends engine events at or above `level` to `logger` (already filtered by that level). */
export function forwardEngineLog(logger: Logger, level: LogLevel): void {
  const rank = LOG_LEVELS.indexOf(level)
  if (rank <= 0) return
  sinks.push({ logger, rank })
  if (rank > nativeRank) {
    nativeRank = rank
    native.setEngineLog(deliver, rank)
  }
}

/** How many engine events were dropped because the JavaScript thread fell behind. */
export function droppedEngineLogEvents(): number {
  return native.engineLogDropped()
}
