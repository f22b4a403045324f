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
      const run = consumer.runBatch(topic, (messages) => {
        if (seen === 0) first = performance.now()
        for (const m of messages) if (m.value) seen++
        if (seen >= count) done()
      })
      await finished
      const end = performance.now()
      await consumer.disconnect()
      await run
      return { first, end }
    },
  }
}
