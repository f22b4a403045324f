// ferrokafka, loaded from the built package in packages/node.
import { Kafka } from '../../../packages/node/dist/esm/index.js'

export const name = 'ferrokafka'

export async function connect(brokers) {
  const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: 'nothing' })
  return {
    async producer() {
      const producer = kafka.producer({ acks: 'all', lingerMs: 5 })
      await producer.connect()
      return {
        send: (topic, records) => producer.send(topic, records),
        close: () => producer.disconnect(),
      }
    },
    async consume(topic, groupId, count) {
      const consumer = kafka.consumer({ groupId, autoOffsetReset: 'earliest', ...JSON.parse(process.env.FK_CONSUMER ?? '{}') })
      let seen = 0
      let first = 0
      let done
      const finished = new Promise((resolve) => (done = resolve))
      const one = (m) => {
        if (seen === 0) first = performance.now()
        if (m.value) seen++
        if (seen === count) done()
      }
      // FK_CONSUME: `batch` (runBatch, the default), `each` (runEach) or `stream`.
      const how = process.env.FK_CONSUME ?? 'batch'
      const run =
        how === 'each' ? consumer.runEach(topic, one)
        : how === 'stream' ? (async () => { for await (const m of consumer.stream(topic)) { one(m); if (seen >= count) break } })()
        : how === 'batch' ? consumer.runBatch(topic, (messages) => { for (const m of messages) one(m) })
        : Promise.reject(new Error(`FK_CONSUME=${how}: use batch, each or stream`))
      await Promise.race([finished, run.then(() => { throw new Error('the consumer stopped before the last record') })])
      const end = performance.now()
      await consumer.disconnect()
      await run
      return { first, end }
    },
  }
}
