// A transactional pipeline killed with SIGKILL and restarted again and
// again still writes exactly one output record per input record.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { topic, string } from 'ferrokafka'
import { kafka, brokers, createTopic, unique } from './helpers.js'

const pipeline = fileURLToPath(new URL('./fixtures/txn-pipeline.js', import.meta.url))
const RECORDS = 200_000
const PARTITIONS = 6
const KILLS = 5

function start(args) {
  const child = fork(pipeline, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const state = { child, committed: 0, transactions: 0, exit: null }
  child.on('message', (m) => {
    state.committed += m.committed
    state.transactions += 1
  })
  child.on('exit', (code, signal) => {
    state.exit = signal ?? code
  })
  return state
}

/** Waits until `state` reported `transactions` committed transactions. */
async function untilCommitted(state, transactions) {
  const deadline = Date.now() + 180_000
  while (state.transactions < transactions) {
    if (state.exit !== null) throw new Error(`the pipeline exited (${state.exit}) after ${state.transactions} transactions`)
    if (Date.now() > deadline) throw new Error(`the pipeline committed ${state.transactions} of ${transactions} transactions in 180 s`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

async function until(condition, what) {
  const deadline = Date.now() + 180_000
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

test('a pipeline killed with SIGKILL 5 times writes every record exactly once', { timeout: 600_000 }, async () => {
  const client = kafka()
  const input = topic(await createTopic(client, 'crash-in', PARTITIONS), { value: string() })
  const output = topic(await createTopic(client, 'crash-out', PARTITIONS), { value: string() })
  const seed = client.producer({ lingerMs: 5 })
  for (let i = 0; i < RECORDS; i += 10_000) {
    await seed.send(input, Array.from({ length: 10_000 }, (_, j) => ({ value: `record-${i + j}`, partition: (i + j) % PARTITIONS })))
  }
  await seed.disconnect()

  const groupId = unique('crash')
  const args = [brokers().join(','), input.name, output.name, groupId]
  let current
  const killedAfter = []
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      current = start(args)
      // Kill after a random number of committed transactions: the pipeline
      // is then usually inside the next one.
      await untilCommitted(current, 1 + Math.floor(Math.random() * 6))
      current.child.kill('SIGKILL')
      if (current.exit === null) await once(current.child, 'exit')
      killedAfter.push(current.committed)
    }
    // Each kill must have hit a running pipeline, not one that was done.
    assert.ok(killedAfter.reduce((a, b) => a + b, 0) < RECORDS, `the killed instances committed ${killedAfter}`)
    current = start(args)
    const consumer = client.consumer({ groupId: unique('crash-check'), autoOffsetReset: 'earliest', isolationLevel: 'read_committed' })
    const seen = new Map()
    let count = 0
    try {
      // One iterator for both loops, so that records fetched after the last
      // expected one still reach the second loop. A missing record would
      // make it wait forever: the signal ends it after a generous time.
      const records = consumer.stream(output, { signal: AbortSignal.timeout(300_000) })
      while (count < RECORDS) {
        const r = await records.next()
        if (r.done) break
        const m = r.value
        assert.match(m.value, /^RECORD-\d+$/)
        assert.equal(Number(m.value.slice(7)) % PARTITIONS, m.partition, m.value)
        seen.set(m.value, (seen.get(m.value) ?? 0) + 1)
        count++
      }
      assert.equal(count, RECORDS, `read ${count} of ${RECORDS} output records`)
      // Once the group's offsets cover the whole input the pipeline has
      // nothing left to write: stop it and mark the end of each output
      // partition. Nothing may come before those marks.
      const admin = client.admin()
      try {
        const total = async () => (await admin.listGroupOffsets(groupId)).reduce((sum, o) => sum + o.offset, 0)
        await until(async () => (await total()) === RECORDS, 'the pipeline to commit the offsets of the whole input')
      } finally {
        await admin.disconnect()
      }
      current.child.kill('SIGKILL')
      if (current.exit === null) await once(current.child, 'exit')
      const marker = client.producer()
      await marker.send(output, Array.from({ length: PARTITIONS }, (_, partition) => ({ value: 'END', partition })))
      await marker.disconnect()
      for (let ends = 0; ends < PARTITIONS; ends++) {
        const r = await records.next()
        assert.ok(!r.done, `only ${ends} of the ${PARTITIONS} end marks were read`)
        assert.equal(r.value.value, 'END', `an extra record after all ${RECORDS}`)
      }
      await records.return()
    } finally {
      await consumer.disconnect()
    }
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([v]) => v)
    assert.deepEqual(duplicates.slice(0, 10), [])
    assert.equal(seen.size, RECORDS)
    for (let i = 0; i < RECORDS; i++) assert.ok(seen.has(`RECORD-${i}`), `RECORD-${i}`)
    console.log(`records committed by each killed instance: ${killedAfter.join(', ')}`)
  } finally {
    if (current && current.exit === null) {
      current.child.kill('SIGKILL')
      await once(current.child, 'exit')
    }
  }
})
