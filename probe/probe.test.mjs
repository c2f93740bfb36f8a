// The probe's own tests (`npm run test:probe`): it observes the platform it runs against, and it refuses
// a runtime it cannot load instead of recording its members as absent. They run the real bundles of
// the versions data/runtime.json pins (fetched into .cache/taro on first use).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { differences, entryOf, observe, prepareCells, readData } from './probe.mjs'

const data = readData()
const cells = await prepareCells({ pinned: data, only: ['2.1', '3.6'] })
const cell = (line, platform) => cells.find(found => found.line === line && found.platform === platform)
const recorded = (line, platform) => data.cells.find(found => found.line === line && found.platform === platform)

test('run again against the same fake, a cell gives exactly the data it recorded', async () => {
  const entry = entryOf(cell('3.6', 'weapp'), await observe(cell('3.6', 'weapp')))
  assert.deepEqual(differences([recorded('3.6', 'weapp')], [entry]), [])
})

test('a fake task without offProgressUpdate changes the observation, and --check names the cell', async () => {
  const entry = entryOf(cell('3.6', 'weapp'), await observe(cell('3.6', 'weapp'), ['--without=offProgressUpdate']))
  // Taro 3.6 copies onto the promise only the methods the platform's task has.
  assert.equal(entry.members.offProgressUpdate.presence, 'absent')
  assert.equal(recorded('3.6', 'weapp').members.offProgressUpdate.presence, 'method')
  const problems = differences([recorded('3.6', 'weapp')], [entry])
  assert.equal(problems.length, 1)
  assert.match(problems[0], /^3\.6 weapp members: data says .*"offProgressUpdate":\{"presence":"method"/)
})

test('a fake task without onProgressUpdate makes 2.1\'s progress() throw, where it returned the promise', async () => {
  const entry = entryOf(cell('2.1', 'weapp'), await observe(cell('2.1', 'weapp'), ['--without=onProgressUpdate']))
  assert.equal(entry.members.progress.result, 'throws') // it calls task.onProgressUpdate, which is gone
  assert.notDeepEqual(entry.members.progress, recorded('2.1', 'weapp').members.progress)
})

test('a runtime that cannot be loaded stops the probe with the reason, instead of being recorded as absent', async () => {
  // The 2.1 H5 module reads document.body on load; run without the H5 page, it cannot load.
  const broken = { ...cell('2.1', 'h5'), runtime: { ...cell('2.1', 'h5').runtime, kind: 'rn' } }
  await assert.rejects(observe(broken), /^Error: Taro 2\.1 h5 \(@tarojs\/taro-h5@2\.1\.\d+\): cannot load the runtime: ReferenceError: document is not defined/)
})

test('a bundle that is not there at all stops the probe too', async () => {
  await assert.rejects(observe({ ...cell('3.6', 'weapp'), bundle: '/nonexistent/bundle.js' }), /cannot load the runtime: Error: Cannot find module/)
})
