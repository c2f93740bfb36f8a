// `npm run probe`: executes Taro's published `uploadFile` for every line and platform against fake
// platforms and writes what it returns to data/runtime.json, then README's table from that file.
// `npm run probe -- --check`: runs the same packages again (the exact versions the data names, checked
// against the integrities it records) and fails when any observation differs from the committed data,
// or when the registry's releases of the probed lines differ from data/versions.json.
//   npm run probe -- 3.6 h5     only these lines and platforms (with --check: only check these)
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { cacheDir, root } from '../scripts/lib/consumer.mjs'
import { bundle } from './bundle.mjs'
import { lines, platforms, runtimeOf } from './lines.mjs'
import { fetchPackages, integrityOf, newestPatch, packageDir, publishedVersions } from './packages.mjs'
import { writeReadmeTables } from './table.mjs'
import { writeDeclarations } from './declarations.mjs'
import { patchDifferences, readPatches, registryPatches, writePatches } from './versions.mjs'

export const dataFile = join(root, 'data/runtime.json')
const bundles = join(cacheDir, 'probe')
const observer = fileURLToPath(new URL('./observe.cjs', import.meta.url))

/** Reads the committed data; undefined when there is none yet. */
export const readData = () => (existsSync(dataFile) ? JSON.parse(readFileSync(dataFile, 'utf8')) : undefined)

/** The root packages' versions of every cell: from the registry (the line's newest patch), or as the data pins them. */
async function rootVersions(cells, pinned) {
  if (pinned) {
    return cells.map(cell => {
      const entry = pinned.cells.find(old => old.line === cell.line && old.platform === cell.platform)
      if (!entry) throw new Error(`data/runtime.json has no entry for ${cell.line} ${cell.platform}: run npm run probe`)
      return entry.packages ? Object.fromEntries(cell.runtime.roots.map(name => [name, entry.packages.find(spec => spec.name === name).version])) : undefined
    })
  }
  const names = [...new Set(cells.flatMap(cell => cell.runtime.roots))]
  const published = new Map(await Promise.all(names.map(async name => [name, await publishedVersions(name)])))
  return cells.map(cell => {
    // Taro's CLI gives a project every @tarojs package at one version: the newest patch all roots have.
    const common = published.get(cell.runtime.roots[0]).filter(version => cell.runtime.roots.every(name => published.get(name).includes(version)))
    const version = newestPatch(common, cell.line)
    return version ? Object.fromEntries(cell.runtime.roots.map(name => [name, version])) : undefined
  })
}

/** Bundles every cell, fetching the @tarojs packages they import round by round until none is missing. */
async function bundleAll(cells) {
  await fetchPackages(cells.flatMap(cell => Object.entries(cell.roots ?? {}).map(([name, version]) => ({ name, version }))))
  mkdirSync(bundles, { recursive: true })
  let pending = cells.filter(cell => cell.roots)
  for (let round = 0; pending.length > 0; round++) {
    if (round > 10) throw new Error(`packages still missing after ${round} rounds: ${pending.map(cell => `${cell.line} ${cell.platform}`).join(', ')}`)
    const results = await Promise.all(pending.map(async cell => {
      const { kind, files, entry } = cell.runtime
      const [root] = cell.runtime.roots
      cell.module = files ? files.find(file => existsSync(join(packageDir(root, cell.roots[root]), file))) : undefined
      if (files && !cell.module) throw new Error(`${root}@${cell.roots[root]} has none of ${files.join(', ')}`)
      cell.bundle = join(bundles, `${cell.line}-${cell.platform}.js`)
      return bundle({ source: entry(cell.module), outfile: cell.bundle, roots: cell.roots, platform: cell.platform, kind, pinned: cell.pinned })
    }))
    const needs = results.flatMap(result => result.needs ?? [])
    pending.forEach((cell, index) => Object.assign(cell, results[index].needs ? {} : results[index]))
    pending = pending.filter((_, index) => results[index].needs)
    await fetchPackages(needs)
  }
}

/** Runs the observer on one bundled cell, in a process of its own (options: see observe.cjs). */
export async function observe(cell, options = []) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [observer, cell.bundle, cell.runtime.kind, cell.runtime.global ?? '', ...options],
      { encoding: 'utf8', timeout: 60_000 })
    return JSON.parse(stdout.split('\n').findLast(line => line.startsWith('@@observation ')).slice('@@observation '.length))
  } catch (error) {
    throw new Error(`Taro ${cell.line} ${cell.platform} (${Object.entries(cell.roots).map(([n, v]) => `${n}@${v}`).join(' ')}): ${(error.stderr || error.message).trim()}`)
  }
}

/** Runs a list of async jobs, `width` at a time; resolves to their results in order. */
async function pool(jobs, width) {
  const results = []
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const index = next++
      results[index] = await jobs[index]()
    }
  }))
  return results
}

/** The cells (all, or those of the lines and platforms named), their packages fetched and bundled. */
export async function prepareCells({ pinned, only = [] } = {}) {
  const cells = lines.flatMap(line => platforms.map(platform => ({ line, platform, runtime: runtimeOf(line, platform) })))
    .filter(cell => only.length === 0 || only.includes(cell.line) || only.includes(cell.platform))
  const roots = await rootVersions(cells, pinned)
  cells.forEach((cell, index) => {
    cell.roots = roots[index]
    cell.pinned = pinned?.cells.find(old => old.line === cell.line && old.platform === cell.platform)?.packages ?? []
  })
  await bundleAll(cells)
  return cells
}

/** Probes the cells (all of them, or those of the lines and platforms named); resolves to their entries. */
export async function probe({ pinned, only = [] } = {}) {
  const cells = await prepareCells({ pinned, only })
  const observations = await pool(cells.map(cell => () => (cell.roots ? observe(cell) : undefined)), 4)
  return cells.map((cell, index) => entryOf(cell, observations[index]))
}

/** A cell's entry in data/runtime.json. */
export function entryOf(cell, observation) {
  if (!cell.roots) return { line: cell.line, platform: cell.platform, published: false, missing: cell.runtime.roots.join(', ') }
  return {
    line: cell.line,
    platform: cell.platform,
    published: true,
    packages: cell.packages.map(({ name, version }) => ({ name, version, integrity: integrityOf(name, version) })),
    module: cell.module ?? null,
    stubbed: cell.stubs,
    ...observation,
  }
}

/** The differences between two lists of entries, one line per differing cell and field. */
export function differences(expected, actual) {
  const key = entry => `${entry.line} ${entry.platform}`
  const problems = []
  const byKey = new Map(expected.map(entry => [key(entry), entry]))
  for (const entry of actual) {
    const old = byKey.get(key(entry))
    if (!old) { problems.push(`${key(entry)}: not in data/runtime.json`); continue }
    for (const field of new Set([...Object.keys(old), ...Object.keys(entry)])) {
      if (JSON.stringify(old[field]) !== JSON.stringify(entry[field])) {
        problems.push(`${key(entry)} ${field}: data says ${JSON.stringify(old[field])}, the runtime ${JSON.stringify(entry[field])}`)
      }
    }
  }
  return problems
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  process.on('uncaughtException', error => {
    console.error(`probe stopped: ${error.message}`)
    process.exit(2)
  })
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const only = args.filter(arg => !arg.startsWith('--'))
  const started = Date.now()
  const old = readData()
  if (check && !old) throw new Error('data/runtime.json is missing: run npm run probe')
  const entries = await probe({ pinned: check ? old : undefined, only })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const observed = entries.filter(entry => entry.published).length
  if (check) {
    const problems = [...differences(old.cells, entries), ...patchDifferences(readPatches(), await registryPatches())]
    for (const problem of problems) console.log(`DIFF ${problem}`)
    console.log(`probe --check: ${entries.length} cells (${observed} executed) in ${seconds} s; ${problems.length === 0 ? 'the runtime matches data/runtime.json' : `${problems.length} differences`}`)
    process.exitCode = problems.length === 0 ? 0 : 1
  } else {
    const kept = (old?.cells ?? []).filter(cell => !entries.some(entry => entry.line === cell.line && entry.platform === cell.platform))
    const cells = [...kept, ...entries].sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line) || platforms.indexOf(a.platform) - platforms.indexOf(b.platform))
    writeFileSync(dataFile, `${JSON.stringify({ generatedBy: 'npm run probe', cells }, null, 1)}\n`)
    writePatches(await registryPatches())
    writeReadmeTables(cells)
    writeDeclarations(cells)
    console.log(`probe: ${entries.length} cells (${observed} executed) in ${seconds} s; wrote data/runtime.json, data/versions.json, README's table, types/runtime-data.d.ts and types/versions.d.ts`)
  }
}
