// kafkajs (pure JavaScript).
import kafkajs from 'kafkajs'

export const name = 'kafkajs'

export async function connect(brokers) {
  const kafka = new kafkajs.Kafka({ clientId: 'bench', brokers, logLevel: kafkajs.logLevel.NOTHING })
  return {
    async producer() {
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 5 })
      await producer.connect()
      return {
        send: (topic, records) => producer.send({ topic, acks: -1, messages: records }),
        close: () => producer.disconnect(),
      }
    },
    async consume(topic, groupId, count) {
      const consumer = kafka.consumer({ groupId })
      await consumer.connect()
      await consumer.subscribe({ topic, fromBeginning: true })
      let seen = 0
      let first = 0
      let done
      const finished = new Promise((resolve) => (done = resolve))
      await consumer.run({
        eachBatch: async ({ batch }) => {
          if (seen === 0) first = performance.now()
          for (const m of batch.messages) if (m.value) seen++
          if (seen >= count) done()
        },
      })
      await finished
      const end = performance.now()
      await consumer.disconnect()
      return { first, end }
    },
  }
}
