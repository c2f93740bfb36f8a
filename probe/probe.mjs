// `npm run probe`: executes Taro's published `uploadFile` for every published release of every line
// (data/versions.json, from the registry; pre-releases excluded) on every platform, against fake
// platforms built from each vendor's description (data/platforms.json), and writes what it observed to
// data/runtime.json as version ranges (see ranges.mjs), then README's table and the declarations.
// Bundles and observations are cached in .cache/probe, so a sweep that stops resumes where it was.
// `npm run probe -- --check`: runs every range's first and last release again, with the exact packages
// the data names (checked against the integrities it records), and fails when an observation differs,
// when a release is in no range, or when the registry's releases differ from data/versions.json.
//   npm run probe -- 3.6 h5     only these lines and platforms (with --check: only check these)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { root } from '../scripts/lib/consumer.mjs'
import { byVersion, lines, platforms } from './lines.mjs'
import { bundleCells, cellsAt, entryOf, pool, workDir } from './run.mjs'
import { coverage, differences, rangeEnds, rangesOf, recordedPackages } from './ranges.mjs'
import { writeReadmeTables } from './table.mjs'
import { writeDeclarations } from './declarations.mjs'
import { patchDifferences, readPatches, registryPatches, releasesOf, writePatches } from './versions.mjs'

export const dataFile = join(root, 'data/runtime.json')

/** Reads the committed data; undefined when there is none yet. */
export const readData = () => (existsSync(dataFile) ? JSON.parse(readFileSync(dataFile, 'utf8')) : undefined)

/**
 * Runs the cells of some { version, platform } pairs, the pairs of a few releases at a time (oldest
 * first); resolves to their entries.
 */
export async function run(pairs, { pinned, fresh = false, say = () => {} } = {}) {
  const entries = []
  const versions = [...new Set(pairs.map(pair => pair.version))].sort(byVersion)
  const batch = 6
  // Check mode bundles the pinned packages into a folder of its own, removed when it is done.
  mkdirSync(workDir, { recursive: true })
  const folder = pinned ? mkdtempSync(join(workDir, 'check-')) : undefined
  try {
    for (let from = 0; from < versions.length; from += batch) {
      const started = Date.now()
      const some = versions.slice(from, from + batch)
      const cells = await bundleCells(await cellsAt(pairs.filter(pair => some.includes(pair.version))), { pinned, folder })
      entries.push(...await pool(cells.map(cell => () => entryOf(cell, { fresh })), 3))
      say(`${some[0]}–${some.at(-1)}: ${cells.length} cells in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true })
  }
  return entries
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  process.on('uncaughtException', error => {
    console.error(`probe stopped: ${error.message}`)
    process.exit(2)
  })
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const named = args.filter(arg => !arg.startsWith('--'))
  const onlyLines = lines.filter(line => named.length === 0 || named.includes(line) || !named.some(name => lines.includes(name)))
  const onlyPlatforms = platforms.filter(platform => named.length === 0 || named.includes(platform) || !named.some(name => platforms.includes(name)))
  const started = Date.now()
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
  const old = readData()
  if (check) {
    if (!old) throw new Error('data/runtime.json is missing: run npm run probe')
    const ranges = old.ranges.filter(range => onlyLines.includes(range.line) && onlyPlatforms.includes(range.platform))
    const entries = await run(rangeEnds(ranges), { pinned: cell => recordedPackages(ranges, cell), fresh: true })
    const releases = releasesOf(readPatches()).filter(version => onlyLines.some(line => version.startsWith(`${line}.`)))
    const problems = [
      ...differences(ranges, entries),
      ...coverage(ranges, releases).filter(problem => onlyPlatforms.some(platform => problem.includes(` ${platform}:`))),
      ...patchDifferences(readPatches(), await registryPatches()),
    ]
    for (const problem of problems) console.log(`DIFF ${problem}`)
    console.log(`probe --check: ${ranges.length} ranges, ${entries.length} cells at their ends (${entries.filter(entry => entry.published).length} executed) in ${seconds()} s; ${problems.length === 0 ? 'the runtime matches data/runtime.json' : `${problems.length} differences`}`)
    process.exitCode = problems.length === 0 ? 0 : 1
  } else {
    const patches = await registryPatches()
    writePatches(patches)
    const versions = releasesOf(patches).filter(version => onlyLines.some(line => version.startsWith(`${line}.`)))
    const entries = await run(versions.flatMap(version => onlyPlatforms.map(platform => ({ version, platform }))), { say: message => console.log(`probe: ${message} (${seconds()} s so far)`) })
    const kept = (old?.ranges ?? []).filter(range => !(onlyLines.includes(range.line) && onlyPlatforms.includes(range.platform)))
    const ranges = [...kept, ...rangesOf(entries)]
      .sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line) || platforms.indexOf(a.platform) - platforms.indexOf(b.platform) || byVersion(a.first.version, b.first.version))
    writeFileSync(dataFile, `${JSON.stringify({ generatedBy: 'npm run probe', ranges }, null, 1)}\n`)
    writeReadmeTables(ranges)
    writeDeclarations(ranges)
    console.log(`probe: ${entries.length} cells (${entries.filter(entry => entry.published).length} executed) of ${versions.length} releases in ${seconds()} s: ${ranges.length} ranges; wrote data/runtime.json, data/versions.json, README's table, types/runtime-data.d.ts, types/runtime-data-older.d.ts and the Runtime lines of types/runtime.d.ts`)
  }
}
