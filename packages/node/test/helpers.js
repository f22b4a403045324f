// Shared by the tests: the broker under test and unique names.
import assert from 'node:assert/strict'
import { Kafka } from 'ferrokafka'

/** The bootstrap servers of the 1-node test cluster. */
export function brokers() {
  const value = process.env.FERROKAFKA_BROKERS
  if (!value) {
    throw new Error('FERROKAFKA_BROKERS is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)')
  }
  return value.split(',')
}

let counter = 0
/** A name no other test run uses. */
export function unique(prefix) {
  counter += 1
  return `${prefix}-${process.pid}-${Date.now()}-${counter}`
}

/** A client of the test cluster. */
export function kafka(extra = {}) {
  return new Kafka({ clientId: 'ferrokafka-node-tests', brokers: brokers(), logLevel: 'nothing', ...extra })
}

/** Creates a topic and returns its name. */
export async function createTopic(client, prefix, partitions = 1) {
  const name = unique(prefix)
  const admin = client.admin()
  try {
    await admin.createTopics([{ name, partitions, replicationFactor: 1 }])
  } finally {
    await admin.disconnect()
  }
  return name
}

/** Takes `count` messages from a consumer's stream, then stops iterating. */
export async function take(consumer, subscription, count) {
  const out = []
  if (count === 0) return out
  for await (const message of consumer.stream(subscription)) {
    out.push(message)
    if (out.length === count) break
  }
  return out
}

/** Checks the quickstart's output: three orders sent, the same three received. */
export function checkQuickstartOutput(output) {
  const sent = output.match(/^sent to partition \d+ at offset \d+$/gm) ?? []
  const received = (output.match(/^received order (\d): /gm) ?? []).map((line) => line.slice(15, 16)).sort()
  assert.equal(sent.length, 3, output)
  assert.deepEqual(received, ['1', '2', '3'], output)
  assert.match(output, /quickstart done\n?$/)
}

/**
 * Calls `read` until `accept` holds for what it returns, and returns that.
 * A broker answers an admin change once the controller has it and applies
 * it to what it describes a moment later, so reads right after a change
 * wait here. Fails after 20 s, showing the last value read.
 */
export async function eventually(read, accept, what) {
  const giveUp = Date.now() + 20_000
  for (;;) {
    const value = await read()
    if (accept(value)) return value
    if (Date.now() > giveUp) assert.fail(`${what} did not happen in 20 s; last read: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
