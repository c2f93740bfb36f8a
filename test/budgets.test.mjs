// Budgets and the counts baseline (bench/counts.json): what the package costs a consumer's compiler,
// on counts, never on times (so they cannot flake). Wall-time runs are `npm run bench`, on demand only.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, packedTarball } from '../scripts/lib/check.mjs'
import { installedPackage, root } from '../scripts/lib/consumer.mjs'
import { listFiles } from '../scripts/lib/expect-errors.mjs'
import { budgets, programDir, programsMatching } from '../scripts/lib/programs.mjs'
import { matrixTsc, matrixVersions, projectTsc } from '../scripts/lib/typescript.mjs'
import { benchmarksBlock, committedCounts, contenders, countsBlock, diffCounts, loadedOfOurs, measureCounts, perSiteBudget, ratios, taroSiteBudget } from '../bench/counts.mjs'
import { summaryBlock } from '../bench/summary.mjs'

const consumers = programsMatching(/^budget-/)
const baseline = committedCounts()

let measured // measured once, by the first check that needs it
const measure = () => (measured ??= measureCounts())

check(`budgets (programs/budget-*), TypeScript ${projectTsc.version} and ${matrixVersions.at(-1)}: each smallest consumer loads exactly the files bench/counts.json lists (ESM and bundler consumers of /module load the .d.mts), at most ${budgets.files.global} files (/global) or ${budgets.files.module} (/module) and ${budgets.lines} lines; ${budgets.dependencies} dependencies; tarball under ${budgets.tarballBytes / 1024} KB`, async () => {
  const packed = packedTarball()
  const problems = []
  // TypeScript 6 through its API (the counts below), TypeScript 7 through its command line.
  const native = await listFiles(matrixTsc(matrixVersions.at(-1)), consumers.map(name => join(programDir(name), 'tsconfig.json')))
  const loadedBy = [
    [projectTsc.version, consumers.map(name => measure().entries[name])],
    [matrixVersions.at(-1), native.map(loadedOfOurs)],
  ]
  for (const [version, loaded] of loadedBy) {
    loaded.forEach(({ files, lines }, index) => {
      const name = consumers[index]
      const where = `TypeScript ${version}, ${name}`
      if (files.join(' ') !== baseline.entries[name]?.files.join(' ')) problems.push(`${where}: loads ${files.join(' ') || 'none of the package\'s files'}; bench/counts.json says ${baseline.entries[name]?.files.join(' ')}`)
      if (files.length > budgets.files[name.includes('-global-') ? 'global' : 'module']) problems.push(`${where}: ${files.length} files (${files.join(' ')})`)
      if (lines > budgets.lines) problems.push(`${where}: ${lines} lines`)
    })
  }
  const manifest = JSON.parse(readFileSync(join(installedPackage, 'package.json'), 'utf8'))
  // @tarojs/taro is an optional peer: the root entry augments it where a project has it, and npm installs nothing.
  const dependencies = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap(field => Object.keys(manifest[field] ?? {}))
    .filter(name => !manifest.peerDependenciesMeta?.[name]?.optional)
  if (dependencies.length > budgets.dependencies) problems.push(`dependencies: ${dependencies.join(', ')}`)
  if (packed.size >= budgets.tarballBytes) problems.push(`tarball: ${packed.size} bytes`)
  const most = key => Math.max(...loadedBy.flatMap(([, loaded]) => loaded.map(entry => key === 'files' ? entry.files.length : entry.lines)))
  return { problems, note: `at most ${most('files')} files and ${most('lines')} lines added; ${dependencies.length} dependencies; tarball ${packed.size} bytes` }
})

check(`counts, TypeScript ${projectTsc.version}: files, lines, types and instantiations per entry, per use site, of the first weapp | h5 call site in a Taro 4.2 project and of the example project are bench/counts.json, whose tables BENCHMARKS.md shows; per use site the runtime type costs at most ${perSiteBudget}x the documented interface; the Taro call site adds at most ${taroSiteBudget.instantiations} instantiations (its memory is reported against a ${taroSiteBudget.memoryMB} MB target)`, () => {
  const problems = diffCounts(baseline, measure()).map(line => `${line} (a regression to fix, or a new baseline: node bench/counts.mjs --write)`)
  const { added } = measure().taroSite
  if (added.instantiations > taroSiteBudget.instantiations) problems.push(`the first weapp | h5 call site in a Taro 4.2 project adds ${added.instantiations} instantiations (budget ${taroSiteBudget.instantiations})`)
  for (const contender of contenders) {
    const ratio = ratios(measure(), contender.name)
    if (ratio.types > perSiteBudget || ratio.instantiations > perSiteBudget) problems.push(`${contender.title}: ${ratio.types.toFixed(2)}x the types, ${ratio.instantiations.toFixed(2)}x the instantiations per site`)
  }
  if (benchmarksBlock() !== countsBlock(baseline)) problems.push('BENCHMARKS.md\'s count tables are not bench/counts.json\'s: run node bench/counts.mjs --write')
  return { problems, note: `${contenders.map(({ name }) => `${name}: ${measure().sites[name].types} types, ${measure().sites[name].instantiations} instantiations per site`).join('; ')}; Taro 4.2 weapp | h5 call site: +${added.types} types, +${added.instantiations} instantiations, +${added.memoryMB} MB (target ${taroSiteBudget.memoryMB} MB)` }
})

check('root entry: a Taro project (the example) loads index.d.ts, runtime.d.ts, runtime-data.d.ts and fetch-response.d.ts of this package, not runtime-data-older.d.ts (the lines before 3.3, which only /module loads): bench/counts.json says so, and the measurement agrees', () => {
  const rootFiles = ['fetch-response.d.ts', 'index.d.ts', 'runtime-data.d.ts', 'runtime.d.ts']
  return [['bench/counts.json', baseline.taroProject.loads], ['measured', measure().taroProject.loads]]
    .filter(([, loads]) => JSON.stringify(loads?.files) !== JSON.stringify(rootFiles))
    .map(([where, loads]) => `${where}: the example project loads ${loads?.files?.join(', ')}, not only ${rootFiles.join(', ')}`)
})

check('README: the figures its tests table gives for the Taro call site (and for loading the package before it, and for the example project) are bench/counts.json\'s', () => {
  const { added, loading } = baseline.taroSite
  const project = baseline.taroProject.added
  const row = readFileSync(join(root, 'README.md'), 'utf8').split('\n').find(line => line.startsWith('| counts ('))
  if (!row) return ['README.md has no counts row in its tests table']
  const met = added.memoryMB <= taroSiteBudget.memoryMB
  const projectMet = project.memoryMB <= taroSiteBudget.memoryMB
  // README writes each figure to 0.1 MB (1.0, not 1).
  const [siteMB, loadingMB, projectMB] = [added.memoryMB, loading.memoryMB, project.memoryMB].map(mb => mb.toFixed(1))
  const said = [
    `（测得 ${added.instantiations}）`, `（测得 ${siteMB} MB，${met ? '已达到' : '未达到'}；其中 ${loadingMB} MB 是加载本包，尚无调用）`,
    `示例项目中本包增加 ${projectMB} MB（${projectMet ? '已达到' : '未达到'}）`,
    `(measured: ${added.instantiations})`, `(measured: ${siteMB} MB, ${met ? 'met' : 'not met'}; ${loadingMB} MB of it is loading the package, before any call)`,
    `in the example project it adds ${projectMB} MB (${projectMet ? 'met' : 'not met'})`,
  ]
  return said.filter(text => !row.includes(text)).map(text => `README.md's counts row does not say ${text} (bench/counts.json: +${added.instantiations} instantiations, +${added.memoryMB} MB, ${loading.memoryMB} MB of it loading; the example project +${project.memoryMB} MB)`)
})

check('README: its benchmark summary is the one in BENCHMARKS.md', () => {
  const [readme, benchmarks] = ['README.md', 'BENCHMARKS.md'].map(file => summaryBlock(readFileSync(join(root, file), 'utf8')))
  if (!benchmarks) return ['BENCHMARKS.md has no summary block: run npm run bench']
  if (!readme) return ['README.md has no benchmark summary block: copy it from BENCHMARKS.md']
  return readme === benchmarks ? [] : ['README.md\'s benchmark summary differs from BENCHMARKS.md: copy it again after npm run bench']
})
