// @kafkats/client (pure TypeScript).
import { KafkaClient } from '@kafkats/client'

export const name = '@kafkats/client'

export async function connect(brokers) {
  const client = new KafkaClient({ clientId: 'bench', brokers, logLevel: 'error' })
  await client.connect()
  return {
    async producer() {
      const producer = client.producer({ acks: 'all', idempotent: true, lingerMs: 5 })
      return {
        send: (topic, records) => producer.send(topic, records),
        close: () => producer.disconnect(),
      }
    },
    async consume(topic, groupId, count) {
      const consumer = client.consumer({ groupId, autoOffsetReset: 'earliest' })
      let seen = 0
      let first = 0
      let done
      const finished = new Promise((resolve) => (done = resolve))
      const run = consumer.runBatch(topic, async (messages) => {
        if (seen === 0) first = performance.now()
        for (const m of messages) if (m.value) seen++
        if (seen >= count) done()
      })
      await finished
      const end = performance.now()
      consumer.stop()
      await run.catch(() => {})
      await consumer.disconnect?.()
      return { first, end }
    },
  }
}
