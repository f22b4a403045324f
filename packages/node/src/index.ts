// The public entry point of the `ferrokafka` package.
//
// The client API (Kafka, producers, consumers, admin, typed topics) is not
// built yet; for now the package proves that the native engine loads.
import { native } from './native.js'

/** The version of the native engine this package runs on. */
export function engineVersion(): string {
  return native.engineVersion()
}
