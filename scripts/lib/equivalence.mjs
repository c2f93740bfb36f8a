// Tells which generated mutants are equivalent: the same fingerprint (scripts/lib/fingerprint.mjs) as
// the package's own, on the programs the mutated file can change. npm run mutate's jobs each get a worker
// thread with a package copy of its own; a worker takes the next mutant when it is done with one, so that
// a worker given the root entry's mutants (up to 18 programs each) does not hold the others back.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { applyMutant } from './generated-mutants.mjs'
import { fingerprint, programsFor, scratchPackage } from './fingerprint.mjs'

/**
 * The ids of the equivalent mutants among `mutants` (those that change a type), told by `jobs` workers;
 * `told(id, same)` hears of each mutant as soon as it is told.
 */
export async function equivalentIds(mutants, jobs, told = () => {}) {
  const equivalent = new Set()
  let next = 0
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, mutants.length)) }, (_, slot) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { slot } })
    worker.on('message', ({ id, same }) => {
      if (id !== undefined) {
        if (same) equivalent.add(id)
        told(id, same)
      }
      if (next < mutants.length) worker.postMessage(mutants[next++])
      else worker.postMessage(null)
    })
    worker.on('error', reject)
    worker.on('exit', code => (code === 0 ? resolve() : reject(new Error(`an equivalence worker exited with ${code}`))))
  })))
  return equivalent
}

if (!isMainThread && workerData?.slot !== undefined) {
  const packageDir = scratchPackage(workerData.slot)
  const bases = new Map()
  parentPort.on('message', mutant => {
    if (mutant === null) return parentPort.close()
    const only = programsFor(mutant.file)
    if (!bases.has(only.join())) bases.set(only.join(), fingerprint(packageDir, only))
    const file = join(packageDir, mutant.file)
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, applyMutant(mutant, text))
    const same = fingerprint(packageDir, only) === bases.get(only.join())
    writeFileSync(file, text)
    parentPort.postMessage({ id: mutant.id, same })
  })
  parentPort.postMessage({})
}
