// The probe's own tests (`npm run test:probe`): it finds a change of behaviour between two releases of
// one line, it observes the platform it runs against (the vendor's task), and it refuses a runtime it
// cannot load instead of recording its members as absent. They run the real bundles of the releases
// data/runtime.json pins (fetched into .cache/taro on first use).
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { byVersion } from './lines.mjs'
import { readData } from './probe.mjs'
import { bundleCells, cellsOf, entryOf, observe, workDir } from './run.mjs'
import { differences, observationOf, rangesOf, recordedPackages } from './ranges.mjs'

const { ranges } = readData()
const recorded = (version, platform) => ranges.find(range => range.platform === platform && range.patches.includes(version))

// Two neighbouring releases of one line on WeChat whose ranges differ: the last of one range, the first of the next.
const weapp = ranges.filter(range => range.platform === 'weapp' && range.published).sort((a, b) => byVersion(a.first.version, b.first.version))
const change = weapp.findIndex((range, index) => index > 0 && weapp[index - 1].line === range.line)
const [before, afterChange] = [weapp[change - 1], weapp[change]]

/** A range cut down to one of its ends, to compare one release with it. */
const only = (range, end) => ({ ...range, first: end, last: end, patches: [end.version] })

const folder = mkdtempSync(join(workDir, 'test-'))
after(() => rmSync(folder, { recursive: true, force: true }))
const cells = await bundleCells(await cellsOf([before.last.version, afterChange.first.version, '2.1.6', '3.6.40'], ['weapp', 'alipay', 'tt', 'h5']), { pinned: cell => recordedPackages(ranges, cell), folder })
const cell = (version, platform) => cells.find(found => found.version === version && found.platform === platform)

test(`two neighbouring releases, ${before.last.version} and ${afterChange.first.version} on weapp, behave differently, and the ranges split between them`, async () => {
  const entries = [await entryOf(cell(before.last.version, 'weapp'), { fresh: true }), await entryOf(cell(afterChange.first.version, 'weapp'), { fresh: true })]
  assert.notDeepEqual(observationOf(entries[0]), observationOf(entries[1]))
  const split = rangesOf(entries)
  assert.equal(split.length, 2)
  assert.deepEqual(split.map(range => [range.first.version, range.last.version]), [[before.last.version, before.last.version], [afterChange.first.version, afterChange.first.version]])
  // And each is what the data says of its range.
  assert.deepEqual(differences([only(before, before.last), only(afterChange, afterChange.first)], entries), [])
})

test('run again against the same fake, a release gives exactly the data its range recorded', async () => {
  const entry = await entryOf(cell('3.6.40', 'weapp'), { fresh: true })
  const range = recorded('3.6.40', 'weapp')
  assert.deepEqual(differences([only(range, range.last)], [entry]), [])
})

test('Alipay\'s fake is Alipay\'s task: its listener receives totalBytesWritten, and abort is called without the object its typings require', async () => {
  const entry = await entryOf(cell('3.6.40', 'alipay'), { fresh: true })
  assert.deepEqual(Object.keys(entry.members.onProgressUpdate.listener.receives), ['progress', 'totalBytesExpectedToWrite', 'totalBytesWritten'])
  assert.deepEqual(entry.members.abort.reaches, ['callback', 'task.abort(0 of 1 required)'])
})

test('Douyin\'s fake has no onHeadersReceived, and Taro 3.6, which copies the task\'s methods, has none either', async () => {
  const entry = await entryOf(cell('3.6.40', 'tt'), { fresh: true })
  assert.equal(entry.members.onHeadersReceived.presence, 'absent')
  assert.equal(entry.members.onProgressUpdate.presence, 'method')
})

test('a fake task without offProgressUpdate changes the observation, and --check names the release', async () => {
  const entry = await entryOf(cell('3.6.40', 'weapp'), { options: ['--without=offProgressUpdate'] })
  assert.equal(entry.members.offProgressUpdate.presence, 'absent')
  const range = recorded('3.6.40', 'weapp')
  const problems = differences([only(range, range.last)], [entry])
  assert.equal(problems.length, 1)
  assert.match(problems[0], /^3\.6\.40 weapp \(first of 3\.6\.40–3\.6\.40\) members: data says .*"offProgressUpdate":\{"presence":"method"/)
})

test('a fake task without onProgressUpdate makes 2.1\'s progress() throw, where it returned the promise', async () => {
  const entry = await entryOf(cell('2.1.6', 'weapp'), { options: ['--without=onProgressUpdate'] })
  assert.equal(entry.members.progress.result, 'throws') // it calls task.onProgressUpdate, which is gone
  assert.notDeepEqual(entry.members.progress, recorded('2.1.6', 'weapp').members.progress)
})

test('a runtime that cannot be loaded stops the probe with the reason, instead of being recorded as absent', async () => {
  // The 2.1 H5 module reads document.body on load; run without the H5 page, it cannot load.
  const broken = { ...cell('2.1.6', 'h5'), runtime: { ...cell('2.1.6', 'h5').runtime, kind: 'rn' } }
  await assert.rejects(observe(broken), /^Error: Taro 2\.1\.6 h5 \(@tarojs\/taro-h5@2\.1\.6\): cannot load the runtime: ReferenceError: document is not defined/)
})

test('a bundle that is not there at all stops the probe too', async () => {
  await assert.rejects(observe({ ...cell('3.6.40', 'weapp'), bundle: '/nonexistent/bundle.js' }), /cannot load the runtime: Error: Cannot find module/)
})
