// The engine's own log events (Rust `tracing`) reach the user's logger.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { droppedEngineLogEvents } from 'ferrokafka'
import { createTopic, kafka } from './helpers.js'

/** A logger that keeps every call as { level, message, fields }. */
function capturing() {
  const lines = []
  const at = (level) => (message, fields) => lines.push({ level, message, fields })
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } }
}

const isEngine = (line) => typeof line.fields?.target === 'string' && line.fields.target.startsWith('ferrokafka::')

test('engine log events reach the logger at or above its level', async () => {
  const chatty = capturing()
  const quiet = capturing()
  const debugClient = kafka({ logger: chatty.logger, logLevel: 'debug' })
  kafka({ logger: quiet.logger, logLevel: 'error' })

  const name = await createTopic(debugClient, 'engine-log')
  const producer = debugClient.producer()
  try {
    await producer.send(name, [{ value: Buffer.from('hello') }])
  } finally {
    await producer.disconnect()
  }

  // Entries are delivered on the event loop after they are logged.
  const deadline = Date.now() + 30_000
  while (!chatty.lines.some((l) => isEngine(l) && l.message === '[ferrokafka] connected') && Date.now() < deadline) await sleep(50)

  const connected = chatty.lines.find((l) => isEngine(l) && l.message === '[ferrokafka] connected')
  assert.ok(connected, `no engine connection line among ${JSON.stringify(chatty.lines.filter(isEngine))}`)
  assert.equal(connected.level, 'debug')
  assert.equal(connected.fields.target, 'ferrokafka::net::broker')
  assert.match(connected.fields.broker, /:\d+$/)

  for (const line of chatty.lines.filter(isEngine)) {
    assert.ok(['error', 'warn', 'info', 'debug'].includes(line.level))
    assert.equal(typeof line.message, 'string')
    for (const value of Object.values(line.fields)) assert.equal(typeof value, 'string')
  }
  assert.deepEqual(quiet.lines.filter((l) => l.level !== 'error'), [])
  assert.equal(typeof droppedEngineLogEvents(), 'number')
})
